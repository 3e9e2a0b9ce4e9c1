/**
 * Stable anchor for a quote inside its source page, computed from the quote alone so
 * record pages can link to the highlight without loading the article text.
 */
export function quoteAnchor(quote: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < quote.length; i += 1) {
    hash ^= quote.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `q-${(hash >>> 0).toString(36)}`;
}
