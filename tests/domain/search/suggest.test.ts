import { describe, expect, it } from 'vitest';
import { suggestClosest, type Candidate } from '../../../src/domain/search/suggest.ts';
import { fixtureDataset } from '../../fixtures/dataset.ts';
import { realData } from '../../support/realData.ts';

const organisations: Candidate[] = fixtureDataset().organisations.map((o) => ({ id: o.id, label: o.name }));
const ids = (query: string, candidates = organisations, limit?: number) => suggestClosest(query, candidates, limit).map((c) => c.id);

describe('suggestClosest', () => {
  it('finds the id a typo was meant to be', () => {
    expect(ids('aurora-oyy')).toEqual(['aurora-oy']);
    expect(ids('auroa')).toEqual(['aurora-oy']);
    expect(ids('chengdu_bureau')).toEqual(['chengdu-bureau']);
  });

  it('matches labels too, ignoring case and diacritics', () => {
    expect(ids('commerce')).toEqual(['chengdu-bureau']);
    expect(ids('vasteras')).toEqual(['vasteras-park']);
    expect(ids('VÄSTERÅS-PARK')).toEqual(['vasteras-park']);
  });

  it('suggests nothing for an empty or unrelated query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('---')).toEqual([]);
    expect(ids('zzzz')).toEqual([]);
    expect(ids('aurora', [])).toEqual([]);
  });

  it('puts the closest first and respects the limit', () => {
    const candidates: Candidate[] = [
      { id: 'chengdu-foreign-affairs-office', label: 'Chengdu Foreign Affairs Office' },
      { id: 'chengdu-commerce-bureau', label: 'Chengdu Municipal Commerce Bureau' },
      { id: 'chengdu-foreign-trade-office', label: 'Chengdu Foreign Trade Office' },
      { id: 'kone', label: 'KONE' },
    ];
    const found = ids('chengdu-foreign-affair-office', candidates);
    expect(found[0]).toBe('chengdu-foreign-affairs-office');
    expect(found).not.toContain('kone');
    expect(ids('chengdu-foreign-affair-office', candidates, 1)).toEqual(['chengdu-foreign-affairs-office']);
  });

  it('breaks ties by label', () => {
    const twins: Candidate[] = [
      { id: 'hub-1', label: 'Nordic Hub Y' },
      { id: 'hub-2', label: 'Nordic Hub X' },
    ];
    expect(ids('nordic hub', twins)).toEqual(['hub-2', 'hub-1']);
  });

  it('finds a real organisation from a mistyped permalink', () => {
    const candidates = realData().dataset.organisations.map((o) => ({ id: o.id, label: o.name }));
    expect(ids('chengdu-foreign-affair-office', candidates)[0]).toBe('chengdu-foreign-affairs-office');
  });
});
