/**
 * English glosses for quotes in other languages (`data/glosses.json`), looked up by the quote they gloss.
 * A gloss belongs to a (source, quote) pair, not to a record: every evidence entry quoting the same
 * words of the same article shares it. The dataset index holds them by source, then quote
 * (DatasetIndex.glossesBySource), so a lookup is two map reads.
 */
import type { Gloss } from '../records/index.ts';

/** One string key for a (source, quote) pair. Source ids are slugs, so the NUL cannot be part of one. */
export function glossKey(source: string, quote: string): string {
  return `${source}\u0000${quote}`;
}

/** The gloss of one quote, in O(1); undefined when the quote has none (English quotes have none). */
export function glossFor(
  dataset: { glossesBySource: ReadonlyMap<string, ReadonlyMap<string, Gloss>> },
  source: string,
  quote: string,
): Gloss | undefined {
  return dataset.glossesBySource.get(source)?.get(quote);
}
