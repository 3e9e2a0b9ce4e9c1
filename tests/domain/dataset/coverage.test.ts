import { describe, expect, it } from 'vitest';
import { scopeSentence, type Coverage } from '../../../src/domain/dataset/coverage.ts';

const coverage = (over: Partial<Coverage>): Coverage => ({
  articles: 5,
  languages: ['English', 'Chinese', 'Swedish'],
  records: { events: 44, delegations: 9, agreements: 22, total: 75 },
  organisations: 122,
  years: { first: 1981, last: 2025 },
  undated: 16,
  placeCountries: ['China', 'Finland'],
  placeCities: ['Chengdu'],
  ...over,
});

describe('scopeSentence', () => {
  it('says how many records, from how many articles in which languages, when and where', () => {
    expect(scopeSentence(coverage({}))).toBe('75 records from 5 articles in English, Chinese and Swedish, dated 1981–2025, held in 2 countries.');
  });

  it('groups large counts by thousands, as the rest of the interface does', () => {
    const big = coverage({ articles: 2000, records: { events: 60000, delegations: 15000, agreements: 25000, total: 100000 }, languages: ['English'] });
    expect(scopeSentence(big)).toBe('100,000 records from 2,000 articles in English, dated 1981–2025, held in 2 countries.');
  });

  it('uses the singular for one, and leaves out what is unknown', () => {
    expect(scopeSentence(coverage({ articles: 1, records: { events: 1, delegations: 0, agreements: 0, total: 1 }, languages: ['Swedish'], years: null, placeCountries: [] }))).toBe(
      '1 record from 1 article in Swedish.',
    );
  });
});
