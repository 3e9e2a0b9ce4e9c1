/**
 * How lists are put in alphabetical order in each interface language, identically in Node (the
 * prerenderer) and every browser, or hydration breaks. Intl.Collator('zh-Hans') is not used: its pinyin
 * order comes from the runtime's ICU data, and Node's and Chromium's versions differ.
 *
 * English keeps the order it has always had (localeCompare with 'en', which all runtimes agree on for
 * the Latin names in the data). Chinese compares names character by character by code point, after
 * folding Latin letters to lower case: the CJK Unified Ideographs block is ordered by Kangxi radical and
 * then stroke count, the radical-and-stroke order of a Chinese dictionary's index, and names in Latin
 * letters (brands the texts do not write in characters) come first.
 */
import type { Locale } from './locales.ts';

export type TextComparator = (a: string, b: string) => number;

const english: TextComparator = (a, b) => a.localeCompare(b, 'en');

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const chinese: TextComparator = (a, b) => byCodePoint(a.toLowerCase(), b.toLowerCase()) || byCodePoint(a, b);

/** The alphabetical order of `locale`, the same wherever it runs. */
export function textComparator(locale: Locale): TextComparator {
  return locale === 'en' ? english : chinese;
}
