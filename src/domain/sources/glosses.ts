/**
 * English glosses for quotes in other languages (`data/glosses.json`), looked up by the quote they gloss.
 * A gloss belongs to a (source, quote) pair, not to a record: every evidence entry quoting the same
 * words of the same article shares it.
 */
import type { Gloss } from '../types.ts';

/** The lookup key of a (source, quote) pair. Source ids are slugs, so the NUL cannot be part of one. */
export function glossKey(source: string, quote: string): string {
  return `${source}\u0000${quote}`;
}

/** Glosses by glossKey; of duplicates (the validator reports them) the first wins. */
export function indexGlosses(glosses: readonly Gloss[]): Map<string, Gloss> {
  const byQuote = new Map<string, Gloss>();
  for (const gloss of glosses) {
    const key = glossKey(gloss.source, gloss.quote);
    if (!byQuote.has(key)) byQuote.set(key, gloss);
  }
  return byQuote;
}

/** The gloss of one quote, in O(1); undefined when the quote has none (English quotes have none). */
export function glossFor(dataset: { glossesByQuote: ReadonlyMap<string, Gloss> }, source: string, quote: string): Gloss | undefined {
  return dataset.glossesByQuote.get(glossKey(source, quote));
}
