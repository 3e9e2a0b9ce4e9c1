import { normaliseForSearch } from './text.ts';

export interface Candidate {
  id: string;
  /** Everything the record is called (searched for similarity; shown in English). */
  label: string;
  /** The English display name or title alone, when `label` joins several names. */
  title?: string;
  /** The Chinese name or title the sources print, when there is one (shown in Simplified in Chinese). */
  zh?: string;
}

function bigrams(text: string): Set<string> {
  const s = ` ${text} `;
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i += 1) out.add(s.slice(i, i + 2));
  return out;
}

function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  for (const g of x) if (y.has(g)) shared += 1;
  return (2 * shared) / (x.size + y.size);
}

/** Close matches for a mistyped id, by similarity of the id's words to each id and label. */
export function suggestClosest<C extends Candidate>(query: string, candidates: readonly C[], limit = 5): C[] {
  const q = normaliseForSearch(query.replace(/[-_]+/g, ' '));
  if (q === '') return [];
  return candidates
    .map((c) => ({
      c,
      score: Math.max(
        similarity(q, normaliseForSearch(c.id.replace(/-/g, ' '))),
        similarity(q, normaliseForSearch(c.label)),
        normaliseForSearch(c.label).includes(q) ? 0.9 : 0,
      ),
    }))
    .filter(({ score }) => score >= 0.35)
    .sort((a, b) => b.score - a.score || a.c.label.localeCompare(b.c.label))
    .slice(0, limit)
    .map(({ c }) => c);
}
