import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset/dataset.ts';
import { parseDataset } from '../../../src/domain/dataset/loadDataset.ts';
import { glossFor, glossKey } from '../../../src/domain/sources/glosses.ts';
import { fixtureDataset, fixtureSourceId } from '../../fixtures/dataset.ts';
import { realData } from '../../support/realData.ts';

describe('glossKey', () => {
  it('keeps source and quote apart, so no two pairs with slug sources share a key', () => {
    expect(glossKey('a-b', 'c')).not.toBe(glossKey('a', '-bc'));
    expect(glossKey('a', 'b c')).not.toBe(glossKey('a-b', 'c'));
  });
});

describe('glossFor', () => {
  it('finds the gloss of a quote by its source and exact text', () => {
    const index = indexDataset(fixtureDataset());
    expect(glossFor(index, fixtureSourceId, '成都市商務局李娜致辭')).toEqual({
      source: fixtureSourceId,
      quote: '成都市商務局李娜致辭',
      gloss: '李娜 of the Chengdu Commerce Bureau gave a speech',
      basis: 'our-translation',
    });
  });

  it('keeps the first of two glosses for the same quote', () => {
    const data = fixtureDataset();
    const first = data.glosses[1]!;
    data.glosses.push({ ...first, gloss: 'Another gloss' });
    expect(glossFor(indexDataset(data), fixtureSourceId, first.quote)).toBe(first);
  });

  it('finds nothing for an English quote, another source or a different quote', () => {
    const index = indexDataset(fixtureDataset());
    expect(glossFor(index, fixtureSourceId, 'Aurora Oy presented its smart elevators')).toBeUndefined();
    expect(glossFor(index, 'other-article', '成都市商務局李娜致辭')).toBeUndefined();
    expect(glossFor(index, fixtureSourceId, '成都市商務局李娜')).toBeUndefined();
  });

  it('works on a dataset loaded from JSON, as the app loads it', () => {
    const index = parseDataset(JSON.parse(JSON.stringify(fixtureDataset())));
    expect(glossFor(index, fixtureSourceId, '奧羅拉代表走進華西口腔醫(yī)院')?.gloss).toBe("Aurora's representatives walked into the West China Stomatology Hospital");
  });

  it('glosses every evidence quote of the real data that the glosses file names, with the bilingual article’s own English where it has it', () => {
    const { dataset } = realData();
    const index = indexDataset(dataset);
    for (const gloss of dataset.glosses) expect(glossFor(index, gloss.source, gloss.quote)).toBe(gloss);
    const planmeca = glossFor(index, 'chengdu-finland-dialogue-2025', '雙方在口腔醫(yī)療影像設備前駐足長談');
    expect(planmeca).toEqual({
      source: 'chengdu-finland-dialogue-2025',
      quote: '雙方在口腔醫(yī)療影像設備前駐足長談',
      gloss: 'The visitors and the hosts paused for in-depth talks in front of the dental medical imaging equipment.',
      basis: 'parallel-text',
    });
  });
});
