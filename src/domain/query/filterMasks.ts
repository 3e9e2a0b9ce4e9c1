/**
 * Filtering over a list's bitset index (dataset/recordBitsets): one mask per active filter, their AND,
 * per-value counts, and the selected records in a sort order.
 */
import { allBits, countAnd, hasBit, setBit } from '../structures/index.ts';
import { boundToMonth } from '../records/index.ts';
import type { FacetKey, TimelineFilters } from './filters.ts';
import { reverseDateRuns, sortedPositions } from '../dataset/index.ts';
import type { Mask, RecordBitsets } from '../dataset/index.ts';
import type { TimelineRecord } from '../dataset/index.ts';
import type { SearchIndex } from '../search/index.ts';
import { searchTokens } from '../search/index.ts';

/** OR of the masks of the chosen values (OR within a filter). */
function unionOf(map: Map<string, Mask>, values: readonly string[], words: number): Mask {
  const mask = new Uint32Array(words);
  for (const value of values) {
    const bits = map.get(value);
    if (bits) for (let w = 0; w < words; w += 1) mask[w]! |= bits[w]!;
  }
  return mask;
}

function textMask(index: RecordBitsets, tokens: string[]): Mask {
  const last = index.lastText;
  if (last && last.tokens.length === tokens.length && last.tokens.every((t, i) => t === tokens[i])) return last.mask;
  let mask: Mask;
  if (index.search) mask = index.search.matching(tokens);
  else {
    // Records from elsewhere (a sublist, another order, records made by hand): ask each record's index.
    // (A column index without its search has no records: nothing matches.)
    const { records } = index;
    mask = new Uint32Array(index.words);
    const matches = new Map<SearchIndex, Mask>();
    for (let i = 0; i < records.length; i += 1) {
      const { index: search, document } = records[i]!.search;
      let found = matches.get(search);
      if (!found) matches.set(search, (found = search.matching(tokens)));
      if (hasBit(found, search.positionOf(document))) setBit(mask, i);
    }
  }
  index.lastText = { tokens, mask };
  return mask;
}

function dateMask(index: RecordBitsets, from: string | null, to: string | null, includeUndated: boolean): Mask {
  const first = from ? boundToMonth(from, 'first') : -Infinity;
  const last = to ? boundToMonth(to, 'last') : Infinity;
  const mask = new Uint32Array(index.words);
  const { spanFirst, spanLast } = index;
  for (let i = 0; i < spanFirst.length; i += 1) {
    // Overlap: any month the record can cover lies in the range; unknown years cannot be placed.
    if (spanFirst[i]! === -1 ? includeUndated : spanLast[i]! >= first && spanFirst[i]! <= last) setBit(mask, i);
  }
  return mask;
}

export type FilterMaskKey = 'q' | FacetKey | 'date';

/** Records with any of the organisations. */
function organisationsMask(index: RecordBitsets, ids: readonly string[]): Mask {
  const mask = new Uint32Array(index.words);
  for (const id of ids) for (const i of index.organisations.get(id) ?? []) setBit(mask, i);
  return mask;
}

/**
 * One facet's mask: any of the chosen values (all records when none is chosen), and none of the
 * values left out; null when the facet is not used.
 */
function facetMask(index: RecordBitsets, facet: FacetKey, chosen: readonly string[], excluded: readonly string[]): Mask | null {
  if (chosen.length === 0 && excluded.length === 0) return null;
  const { words } = index;
  const union = (values: readonly string[]) => (facet === 'orgs' ? organisationsMask(index, values) : unionOf(index[facet], values, words));
  const mask = chosen.length > 0 ? union(chosen) : allBits(index.size);
  if (excluded.length > 0) {
    const out = union(excluded);
    for (let w = 0; w < words; w += 1) mask[w]! &= ~out[w]!;
  }
  return mask;
}

/** One mask per active filter (null when inactive), so facet counts can leave one out. */
export function filterMasks(index: RecordBitsets, filters: TimelineFilters): Record<FilterMaskKey, Mask | null> {
  const tokens = searchTokens(filters.q);
  const facet = (key: FacetKey) => facetMask(index, key, filters[key] as string[], filters.excluded[key]);
  return {
    q: tokens.length > 0 ? textMask(index, tokens) : null,
    types: facet('types'),
    countries: facet('countries'),
    sectors: facet('sectors'),
    orgs: facet('orgs'),
    origins: facet('origins'),
    hosts: facet('hosts'),
    statuses: facet('statuses'),
    date: filters.from !== null || filters.to !== null ? dateMask(index, filters.from, filters.to, filters.includeUndated) : null,
  };
}

/** AND of the given masks (AND across filters); null when none is active. */
export function intersect(masks: Array<Mask | null>, words: number): Mask | null {
  const active = masks.filter((m): m is Mask => m !== null);
  if (active.length === 0) return null;
  const out = Uint32Array.from(active[0]!);
  for (const mask of active.slice(1)) for (let w = 0; w < words; w += 1) out[w]! &= mask[w]!;
  return out;
}

export function sortOrder(index: RecordBitsets, sort: 'newest' | 'oldest'): Uint32Array {
  const { order, records } = index;
  if (sort === 'newest') return (order.newest ??= sortedPositions(records, 'newest'));
  // Oldest first is newest first with the runs of equal dates reversed; no titles to compare again.
  order.newest ??= sortedPositions(records, 'newest');
  return (order.oldest ??= reverseDateRuns(records, order.newest));
}

/** The records a mask selects, in the given sort order. */
export function selected(index: RecordBitsets, mask: Mask | null, sort: 'newest' | 'oldest'): TimelineRecord[] {
  const out: TimelineRecord[] = [];
  for (const i of sortOrder(index, sort)) if (mask === null || hasBit(mask, i)) out.push(index.records[i]!);
  return out;
}

/** The positions a mask selects, in the given sort order. */
export function selectedPositions(index: RecordBitsets, mask: Mask | null, sort: 'newest' | 'oldest'): Int32Array {
  const order = sortOrder(index, sort);
  if (mask === null) return Int32Array.from(order);
  const out = new Int32Array(countAnd(mask, null));
  let k = 0;
  for (const i of order) if (hasBit(mask, i)) out[k++] = i;
  return out;
}

/** Per value of a facet, how many records of the mask have it. */
export function countPerValue(map: Map<string, Mask>, mask: Mask | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [value, bits] of map) {
    const count = countAnd(bits, mask);
    if (count > 0) counts.set(value, count);
  }
  return counts;
}

export function maskOrAll(index: RecordBitsets, mask: Mask | null): Mask {
  return mask ?? allBits(index.size);
}
