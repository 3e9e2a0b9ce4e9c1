import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset/dataset.ts';
import { findOrganisations } from '../../../src/domain/search/organisationSearch.ts';
import { fixtureDataset } from '../../fixtures/dataset.ts';
import { realData } from '../../support/realData.ts';

describe('findOrganisations', () => {
  const { organisations } = fixtureDataset();
  const found = (query: string) => findOrganisations(organisations, query).map((m) => m.organisation.id);

  it('finds nothing for an empty query', () => {
    expect(found('   ')).toEqual([]);
  });

  it('matches English names, native names and aliases, ignoring case and diacritics', () => {
    expect(found('AURORA')).toEqual(['aurora-oy']);
    expect(found('奧羅拉')).toEqual(['aurora-oy']);
    expect(found('vasteras')).toEqual(['vasteras-park']);
    expect(found('商務')).toEqual(['chengdu-bureau']);
  });

  it('does not match words that only appear in a summary', () => {
    expect(found('elevator')).toEqual([]);
  });

  it('ranks exact names, then names starting with the query, then the rest, then by weight', () => {
    const weights: Record<string, number> = { 'nordic-network': 5, 'aurora-oy': 1 };
    const byWeight = findOrganisations(organisations, 'or', (id) => weights[id] ?? 0).map((m) => m.organisation.id);
    // "or" starts no word in any name, so all matches are equal and the weight decides.
    expect(byWeight[0]).toBe('nordic-network');
    expect(findOrganisations(organisations, 'chengdu commerce bureau')[0]).toMatchObject({ rank: 0 });
    expect(findOrganisations(organisations, 'commerce')[0]).toMatchObject({ rank: 1 });
  });

  it('finds KONE in the real data by 通力 and by kone', () => {
    const index = indexDataset(realData().dataset);
    expect(findOrganisations(index.raw.organisations, '通力')[0]?.organisation.id).toBe('kone');
    expect(findOrganisations(index.raw.organisations, 'kone')[0]?.organisation.id).toBe('kone');
  });
});
