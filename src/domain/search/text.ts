/**
 * Search normalisation: case- and diacritic-insensitive for Latin scripts ("vasteras" finds
 * "Västerås", "tromso" finds "Tromsø"), and plain substring matching for CJK, which has no word spaces.
 * Chinese is folded to Simplified script (opencc-js), so 华西 finds 華西 and 芬蘭 finds 芬兰: the
 * sources are Traditional, mainland readers type Simplified. Everything that searches (the timeline's
 * index, the organisation picker, not-found suggestions) normalises through here, query and text alike.
 */
import { toSimplifiedScript } from '../i18n/index.ts';

/** Latin letters that Unicode does not decompose into a base letter plus a mark. */
const latinFolds: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

// Plain ASCII needs none of the Unicode work below; most text at corpus scale is mostly ASCII.
const nonAscii = /[^ -~\s]/;

export function normaliseForSearch(text: string): string {
  if (!nonAscii.test(text)) return text.replace(/`/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
  return toSimplifiedScript(text)
    // Apostrophe and dash variants first: NFKD would turn "´" into a space plus a mark.
    .replace(/[’‘`´ʼ′]/g, "'")
    .replace(/[‐-―−﹘﹣－]/g, '-')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđðþı]/g, (c) => latinFolds[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Query → tokens; each must occur in the haystack for a match. Punctuation around a word ("Chengdu," or
 * "“Opening-Chengdu”") is dropped; punctuation inside it ("C&P", "Opening-Chengdu") is kept. */
export function searchTokens(query: string): string[] {
  const normalised = normaliseForSearch(query);
  if (normalised === '') return [];
  return normalised
    .split(' ')
    .map((token) => token.replace(/^\p{P}+|\p{P}+$/gu, ''))
    .filter((token) => token !== '');
}

export function matchesTokens(haystack: string, tokens: readonly string[]): boolean {
  return tokens.every((token) => haystack.includes(token));
}
