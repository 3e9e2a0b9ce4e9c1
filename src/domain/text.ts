/**
 * Search normalisation: case- and diacritic-insensitive for Latin scripts ("vasteras" finds
 * "Västerås"), and plain substring matching for CJK, which has no word spaces.
 */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[‐-―−]/g, '-')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Query → tokens; each must occur in the haystack for a match. */
export function searchTokens(query: string): string[] {
  const normalised = normaliseForSearch(query);
  return normalised === '' ? [] : normalised.split(' ');
}

export function matchesTokens(haystack: string, tokens: readonly string[]): boolean {
  return tokens.every((token) => haystack.includes(token));
}
