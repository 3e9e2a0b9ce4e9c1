import { describe, expect, it } from 'vitest';
import { matchesTokens, normaliseForSearch, searchTokens } from '../../../src/domain/search/text.ts';

/** Whether a search box query finds the text, the way the timeline and directory search do. */
const finds = (query: string, text: string) => matchesTokens(normaliseForSearch(text), searchTokens(query));

describe('normaliseForSearch', () => {
  it('ignores case', () => {
    expect(normaliseForSearch('Business FINLAND')).toBe('business finland');
    expect(finds('KONE', 'Kone Corporation')).toBe(true);
  });

  it('ignores diacritics in Latin scripts, both ways', () => {
    expect(normaliseForSearch('Västerås Science Park')).toBe('vasteras science park');
    expect(finds('vasteras', 'Västerås Science Park')).toBe(true);
    expect(finds('Västerås', 'Vasteras')).toBe(true);
    expect(finds('cote d ivoire', 'Côte d Ivoire')).toBe(true);
    expect(finds('jyvaskyla', 'Jyväskylä')).toBe(true);
  });

  it('folds Nordic and other letters Unicode does not decompose', () => {
    expect(finds('tromso', 'Tromsø')).toBe(true);
    expect(finds('orsted', 'Ørsted')).toBe(true);
    expect(finds('aero', 'Ærø')).toBe(true);
    expect(finds('strasse', 'Hauptstraße')).toBe(true);
    expect(finds('lodz', 'Łódź')).toBe(true);
    expect(finds('reykjavik', 'Reykjavík')).toBe(true);
    expect(finds('thorshofn', 'Þórshöfn')).toBe(true);
  });

  it('treats dash and apostrophe variants alike', () => {
    expect(normaliseForSearch('Chengdu–Finland — Sino‐European')).toBe('chengdu-finland - sino-european');
    expect(finds('Chengdu-Finland', 'Chengdu–Finland Cooperation Dialogue')).toBe(true);
    expect(finds('chengdu–nordic', 'Chengdu-Nordic meeting')).toBe(true);
    expect(finds("Denmark's", 'Denmark’s energy technology company')).toBe(true);
    expect(finds('can’t', "can't")).toBe(true);
    expect(finds('can´t', "can't")).toBe(true);
  });

  it('folds full-width forms and collapses whitespace', () => {
    expect(normaliseForSearch('ＫＯＮＥ（通力）')).toBe('kone(通力)');
    expect(normaliseForSearch('  Tianfu\u00a0New\u3000Area\n')).toBe('tianfu new area');
  });

  it('folds Chinese to Simplified script and changes nothing else in it', () => {
    expect(normaliseForSearch('蓉歐產業對話')).toBe('蓉欧产业对话');
    expect(normaliseForSearch('蓉欧产业对话')).toBe('蓉欧产业对话');
  });
});

describe('searchTokens and matchesTokens', () => {
  it('splits a query into words, each of which must occur', () => {
    expect(searchTokens('  Chengdu   Finland ')).toEqual(['chengdu', 'finland']);
    expect(finds('finland chengdu', 'Chengdu–Finland Cooperation')).toBe(true);
    expect(finds('finland sweden', 'Chengdu–Finland Cooperation')).toBe(false);
  });

  it('matches Chinese by substring, since it has no word spaces', () => {
    const text = '通力代表分享的智能電梯和節能建築技術大受追捧';
    expect(finds('通力', text)).toBe(true);
    expect(finds('電梯', text)).toBe(true);
    expect(finds('通力 電梯', text)).toBe(true);
    expect(finds('芬蘭', text)).toBe(false);
  });

  it('matches word prefixes and inner parts, as substrings', () => {
    expect(finds('stomat', 'West China Hospital of Stomatology')).toBe(true);
    expect(finds('helga', 'Haaga-Helia University')).toBe(false);
  });

  it('drops punctuation around a word but keeps it inside', () => {
    expect(searchTokens('“Opening-Chengdu”, Chengdu.')).toEqual(['opening-chengdu', 'chengdu']);
    expect(searchTokens('"C&P"')).toEqual(['c&p']);
    expect(searchTokens('「成都伙伴」')).toEqual(['成都伙伴']);
    expect(finds('"Opening-Chengdu"', 'the " Opening-Chengdu " Delegation')).toBe(true);
    expect(finds('Tianfu,', 'Tianfu New Area')).toBe(true);
    expect(finds('C&P', 'more C&P members')).toBe(true);
  });

  it('gives no tokens for an empty or punctuation-only query, which matches everything', () => {
    expect(searchTokens('')).toEqual([]);
    expect(searchTokens('   ')).toEqual([]);
    expect(searchTokens(' – , ')).toEqual([]);
    expect(matchesTokens('anything', [])).toBe(true);
  });
});
