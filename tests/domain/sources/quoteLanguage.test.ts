import { describe, expect, it } from 'vitest';
import { hasNonLatinLetters, isEnglishTag, isNonEnglishQuote } from '../../../src/domain/sources/quoteLanguage.ts';
import { realData } from '../../support/realData.ts';

describe('hasNonLatinLetters', () => {
  it.each([
    ['普蘭梅卡集團(Planmeca)', true],
    ['Tammi Consulting創(chuàng)始人', true],
    ['성수동', true],
    ['ТАСС', true],
    ['ひらがな', true],
    ['Västerås Science Park', false],
    ['“ Opening-Chengdu ” 2025 – 30+ (C&P)', false],
    ['，。「」：', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(hasNonLatinLetters(text)).toBe(expected);
  });
});

describe('isEnglishTag', () => {
  it.each([
    ['en', true],
    ['en-GB', true],
    ['EN', true],
    ['eng', false],
    ['zh-Hant', false],
    ['sv', false],
  ])('%s → %s', (tag, expected) => {
    expect(isEnglishTag(tag)).toBe(expected);
  });
});

describe('isNonEnglishQuote', () => {
  it('counts a Chinese quote as not English, even from a bilingual source', () => {
    expect(isNonEnglishQuote('成都愛爾眼科', ['zh-Hant', 'en'])).toBe(true);
    expect(isNonEnglishQuote('Tammi Consulting創(chuàng)始人', ['zh-Hant', 'en'])).toBe(true);
  });

  it('counts a Latin-script quote as English when its source has an English version', () => {
    expect(isNonEnglishQuote('Business Finland promptly nodded approval', ['zh-Hant', 'en'])).toBe(false);
    expect(isNonEnglishQuote('the Planmeca Group', ['en'])).toBe(false);
    expect(isNonEnglishQuote('the Planmeca Group', ['en-GB'])).toBe(false);
  });

  it('counts every quote from a source with no English version as not English, names included', () => {
    expect(isNonEnglishQuote('I resan deltog sammanlagt sex företag.', ['sv'])).toBe(true);
    expect(isNonEnglishQuote('Mer information: Matti Herlevi, Posintra Oy', ['sv'])).toBe(true);
  });

  it('finds the real data’s non-English quotes: every Chinese and Swedish one, no English one', () => {
    const { dataset } = realData();
    const languages = new Map(dataset.sources.map((s) => [s.id, s.languages]));
    const counts = new Map<string, { nonEnglish: number; english: number }>();
    const seen = new Set<string>();
    for (const list of [dataset.organisations, dataset.people, dataset.events, dataset.delegations, dataset.agreements]) {
      for (const { evidence } of list) {
        for (const { source, quote } of evidence) {
          if (seen.has(`${source}\u0000${quote}`)) continue;
          seen.add(`${source}\u0000${quote}`);
          const count = counts.get(source) ?? { nonEnglish: 0, english: 0 };
          if (isNonEnglishQuote(quote, languages.get(source)!)) count.nonEnglish += 1;
          else count.english += 1;
          counts.set(source, count);
        }
      }
    }
    // Records change on other branches: assert the split, not the numbers.
    expect(counts.get('sme2go-shandong-trip')?.english).toBe(0);
    expect(counts.get('chengdu-sister-cities-conference-2025')?.english).toBe(0);
    expect(counts.get('sino-european-online-conference-2020')?.nonEnglish).toBe(0);
    expect(counts.get('chengdu-nordic-innovation-meeting-2024')?.nonEnglish).toBe(0);
    const bilingual = counts.get('chengdu-finland-dialogue-2025')!;
    expect(bilingual.english).toBeGreaterThan(0);
    expect(bilingual.nonEnglish).toBeGreaterThan(0);
  });
});
