import { describe, expect, it } from 'vitest';
import type { DatasetFileName } from '../../../src/domain/records/schema.ts';
import { validateDatasetWithGlosses } from '../../../src/domain/sources/validateGlosses.ts';
import { formatValidationError } from '../../../src/domain/records/validate.ts';
import { fixtureDataset, fixtureSourceId, fixtureSourceTexts } from '../../fixtures/dataset.ts';

type Files = Partial<Record<DatasetFileName, unknown>>;

/** The formatted error lines for a copy of the fixture after `breakIt` has changed it. */
function errorsAfter(breakIt: (data: ReturnType<typeof fixtureDataset>) => void, texts = fixtureSourceTexts()): string[] {
  const data = fixtureDataset();
  breakIt(data);
  return validateDatasetWithGlosses(data, texts).errors.map(formatValidationError);
}

/** For breakages the record types forbid: the same, on untyped JSON. */
function errorsAfterRaw(breakIt: (data: Record<DatasetFileName, Array<Record<string, unknown>>>) => void): string[] {
  const data = fixtureDataset() as unknown as Record<DatasetFileName, Array<Record<string, unknown>>>;
  breakIt(data);
  return validateDatasetWithGlosses(data as Files, fixtureSourceTexts()).errors.map(formatValidationError);
}

describe('validateDatasetWithGlosses on the minimal fixture', () => {
  it('finds no errors', () => {
    expect(validateDatasetWithGlosses(fixtureDataset(), fixtureSourceTexts()).errors).toEqual([]);
  });

  it('lists validateDataset’s errors first, then the glosses’', () => {
    expect(
      errorsAfter((d) => {
        d.events[0]!.date.start = '2025-02-30';
        d.people[1]!.evidence = [{ source: fixtureSourceId, quote: '成都市商務局' }];
      }),
    ).toEqual([
      'events.json ev-1 date.start: "2025-02-30" is not a real calendar date',
      'glosses.json test-article "成都市商務局李娜致辭": no evidence quotes this',
      'glosses.json test-article "成都市商務局": missing English gloss (quoted at people.json li-na evidence[0])',
    ]);
  });
});

describe('validateDatasetWithGlosses: glosses', () => {
  /** A Swedish-only article next to the fixture's bilingual one, with one quoted sentence. */
  const swedishId = 'swedish-note';
  const swedishQuote = 'Ett företag ingick samarbetsavtal.';
  function withSwedishSource(d: ReturnType<typeof fixtureDataset>, texts: Map<string, string>) {
    texts.set(swedishId, `Resan tog fem dagar. ${swedishQuote}\n`);
    d.sources.push({ ...d.sources[0]!, id: swedishId, file: `sources/${swedishId}.txt`, languages: ['sv'] });
    d.agreements[1]!.evidence.push({ source: swedishId, quote: swedishQuote });
  }

  it('reports a gloss that no evidence quotes, and the quote it should gloss', () => {
    expect(errorsAfter((d) => (d.glosses[0]!.quote = '奧羅拉代表'))).toEqual([
      'glosses.json test-article "奧羅拉代表": no evidence quotes this',
      'glosses.json test-article "奧羅拉代表走進華西口腔醫(yī)院": missing English gloss (quoted at organisations.json aurora-oy evidence[1])',
    ]);
  });

  it('reports every quote not in English that has no gloss, once, where it is first quoted', () => {
    expect(
      errorsAfter((d) => {
        d.people[0]!.evidence.push({ source: fixtureSourceId, quote: '成都市商務局李娜致辭' });
        d.glosses = [];
      }),
    ).toEqual([
      'glosses.json test-article "奧羅拉代表走進華西口腔醫(yī)院": missing English gloss (quoted at organisations.json aurora-oy evidence[1])',
      'glosses.json test-article "成都市商務局李娜致辭": missing English gloss (quoted at people.json anna-virtanen evidence[1] and 1 more)',
    ]);
  });

  it('needs a gloss for every quote of a source with no English version, Latin letters or not', () => {
    const texts = fixtureSourceTexts();
    expect(errorsAfter((d) => withSwedishSource(d, texts), texts)).toEqual([
      'glosses.json swedish-note "Ett företag ingick samarbetsa…": missing English gloss (quoted at agreements.json ag-2 evidence[1])',
    ]);
    expect(
      errorsAfter((d) => {
        withSwedishSource(d, texts);
        d.glosses.push({ source: swedishId, quote: swedishQuote, gloss: 'One company entered into a cooperation agreement.', basis: 'our-translation' });
      }, texts),
    ).toEqual([]);
  });

  it('shortens a long quote in the message and shows its line breaks as \\n', () => {
    const quote = '雙方駐足長談。\nThe parties signed a cooperation agreement';
    expect(errorsAfter((d) => d.agreements[0]!.evidence.push({ source: fixtureSourceId, quote }))).toEqual([
      'glosses.json test-article "雙方駐足長談。\\nThe parties signed a …": missing English gloss (quoted at agreements.json ag-1 evidence[1])',
    ]);
  });

  it('accepts a parallel-text gloss that is verbatim in the source text', () => {
    expect(
      errorsAfter((d) => {
        d.glosses[0]!.basis = 'parallel-text';
        d.glosses[0]!.gloss = 'Aurora Oy presented its smart elevators';
      }),
    ).toEqual([]);
  });

  it('reports a parallel-text gloss that is not verbatim in the source text', () => {
    expect(errorsAfter((d) => (d.glosses[0]!.basis = 'parallel-text'))).toEqual([
      'glosses.json test-article "奧羅拉代表走進華西口腔醫(yī)院" gloss: parallel-text gloss is not verbatim in source "test-article": "Aurora\'s representatives walked into the West China Stomato…"',
    ]);
  });

  it('reports a parallel-text gloss for a source with no English version', () => {
    const texts = fixtureSourceTexts();
    expect(
      errorsAfter((d) => {
        withSwedishSource(d, texts);
        d.glosses.push({ source: swedishId, quote: swedishQuote, gloss: 'Resan tog fem dagar.', basis: 'parallel-text' });
      }, texts),
    ).toEqual(['glosses.json swedish-note "Ett företag ingick samarbetsa…" basis: parallel-text, but source "swedish-note" has no English version (languages: sv)']);
  });

  it('reports a second gloss of the same quote', () => {
    expect(errorsAfter((d) => d.glosses.push({ ...d.glosses[1]!, gloss: 'Another gloss' }))).toEqual([
      'glosses.json test-article "成都市商務局李娜致辭": duplicate: glosses[1] glosses the same quote',
    ]);
  });

  it('reports a gloss of an unknown source', () => {
    expect(errorsAfter((d) => (d.glosses[1]!.source = 'no-such-source'))).toEqual([
      'glosses.json no-such-source "成都市商務局李娜致辭" source: unknown source "no-such-source"',
      'glosses.json test-article "成都市商務局李娜致辭": missing English gloss (quoted at people.json li-na evidence[0])',
    ]);
  });

  it('counts the quotes of a record that fails its schema, so their glosses are not orphans', () => {
    expect(errorsAfter((d) => (d.organisations[0]!.country = 'fi'))).toEqual([
      'organisations.json aurora-oy country: must be an ISO 3166-1 alpha-2 code',
    ]);
  });
});

describe('validateDatasetWithGlosses when files are missing or broken', () => {
  it('checks nothing more without glosses.json or sources.json (validateDataset reports them)', () => {
    expect(errorsAfterRaw((d) => delete (d as Partial<typeof d>).glosses)).toEqual(['glosses.json -: file is missing']);
    expect(errorsAfterRaw((d) => delete (d as Partial<typeof d>).sources)).toEqual(['sources.json -: file is missing']);
  });

  it('reports no orphans while a record file is missing: its quotes are unknown', () => {
    expect(errorsAfterRaw((d) => delete (d as Partial<typeof d>).people)).toEqual(['people.json -: file is missing']);
  });

  it('does not report a gloss as missing when its entry only fails the schema', () => {
    expect(errorsAfterRaw((d) => (d.glosses[1]!.basis = 'machine'))).toEqual([
      'glosses.json test-article "成都市商務局李娜致辭" basis: Invalid option: expected one of "parallel-text"|"our-translation"',
    ]);
  });

  it('keeps a gloss of a quote that is no longer verbatim as an orphan, and asks no gloss for the paraphrase', () => {
    expect(errorsAfter((d) => (d.organisations[0]!.evidence[1]!.quote = '奧羅拉代表走進華西口腔醫院'))).toEqual([
      'organisations.json aurora-oy evidence[1].quote: quote is not verbatim in source "test-article": "奧羅拉代表走進華西口腔醫院"',
      'glosses.json test-article "奧羅拉代表走進華西口腔醫(yī)院": no evidence quotes this',
    ]);
  });
});

describe('the real data/ folder', () => {
  it('has a gloss for every quote not in English, and no other problem', async () => {
    const { validateDataDir } = await import('../../../src/tools/readDataDir.ts');
    const { errors, dataset } = validateDataDir('data');
    expect(errors.map(formatValidationError)).toEqual([]);
    expect(dataset.glosses.length).toBeGreaterThan(0);
  });
});
