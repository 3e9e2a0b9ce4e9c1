import { describe, expect, it } from 'vitest';
import { articleLanguage, containsHan, languageName, lineLanguage } from '../../../src/domain/records/languages.ts';

describe('article languages', () => {
  it('uses the one language of a single-language article for the whole text', () => {
    expect(articleLanguage(['sv'])).toBe('sv');
    expect(articleLanguage(['zh-Hant'])).toBe('zh-Hant');
    expect(lineLanguage('Resan var avsedd för finländska företag', ['sv'])).toBeUndefined();
  });

  it('in a Chinese + English article, tags only the lines with Chinese characters', () => {
    expect(articleLanguage(['zh-Hant', 'en'])).toBe('en');
    expect(lineLanguage('01 緣起', ['zh-Hant', 'en'])).toBe('zh-Hant');
    expect(lineLanguage('Origin: The Seeds', ['zh-Hant', 'en'])).toBeUndefined();
  });

  it('does not guess a base language when several non-Chinese languages are mixed', () => {
    expect(articleLanguage(['en', 'fi'])).toBeUndefined();
  });

  it('recognises Han characters, not other full-width text', () => {
    expect(containsHan('普蘭梅卡')).toBe(true);
    expect(containsHan('Ｆｕｌｌ，width')).toBe(false);
  });

  it('names languages in English', () => {
    expect(languageName('zh-Hant')).toBe('Traditional Chinese');
    expect(languageName('sv')).toBe('Swedish');
  });
});
