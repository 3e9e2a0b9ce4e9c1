import { hasBit } from '../structures/index.ts';
import { longMonthName, parsePartialDate } from '../records/index.ts';
import type { TimelineRecord } from '../dataset/index.ts';
import type { TimelineFilters } from './filters.ts';
import { countPerValue, filterMasks, intersect, maskOrAll, selected, type FilterMaskKey } from './filterMasks.ts';
import { recordBitsets, type RecordBitsets } from '../dataset/index.ts';

/** Records matching every filter (OR within a filter, AND across filters), in the requested order. */
export function filterRecords(records: readonly TimelineRecord[], filters: TimelineFilters): TimelineRecord[] {
  const index = recordBitsets(records);
  return selected(index, intersect(Object.values(filterMasks(index, filters)), index.words), filters.sort);
}

export type FacetCounts = Record<'types' | 'countries' | 'sectors' | 'origins' | 'hosts' | 'statuses', Map<string, number>>;

/** For each facet, counts per value with all the *other* active filters applied. */
export function facetCounts(records: readonly TimelineRecord[], filters: TimelineFilters): FacetCounts {
  return facetCountsOf(recordBitsets(records), filters);
}

/** facetCounts over a bitset index (a list's, or a column index's). */
export function facetCountsOf(index: RecordBitsets, filters: TimelineFilters): FacetCounts {
  const masks = filterMasks(index, filters);
  const allBut = (facet: FilterMaskKey) =>
    intersect(
      (Object.keys(masks) as FilterMaskKey[]).filter((key) => key !== facet).map((key) => masks[key]),
      index.words,
    );
  return {
    types: countPerValue(index.types, allBut('types')),
    countries: countPerValue(index.countries, allBut('countries')),
    sectors: countPerValue(index.sectors, allBut('sectors')),
    origins: countPerValue(index.origins, allBut('origins')),
    hosts: countPerValue(index.hosts, allBut('hosts')),
    statuses: countPerValue(index.statuses, allBut('statuses')),
  };
}

/**
 * How many records with no stated year a date range leaves out: those matching every other filter.
 * 0 when no range is set or the undated ones are kept.
 */
export function undatedLeftOut(records: readonly TimelineRecord[], filters: TimelineFilters): number {
  return undatedLeftOutOf(recordBitsets(records), filters);
}

export function undatedLeftOutOf(index: RecordBitsets, filters: TimelineFilters): number {
  if ((filters.from === null && filters.to === null) || filters.includeUndated) return 0;
  const others = intersect(Object.values(filterMasks(index, { ...filters, from: null, to: null })), index.words);
  let count = 0;
  for (let i = 0; i < index.spanFirst.length; i += 1) {
    if (index.spanFirst[i] === -1 && (others === null || hasBit(others, i))) count += 1;
  }
  return count;
}

export interface DensityBucket {
  /** "YYYY" or "YYYY-MM": the value a click sets as the date range. */
  key: string;
  label: string;
  count: number;
}

/**
 * Counts per year, or per month when the range is a single year. Computed over records
 * that match every filter except the date range, so the strip shows where else to look.
 */
export function densityBuckets(records: readonly TimelineRecord[], filters: TimelineFilters): DensityBucket[] {
  return densityBucketsOf(recordBitsets(records), filters);
}

export function densityBucketsOf(index: RecordBitsets, filters: TimelineFilters): DensityBucket[] {
  const masks = filterMasks(index, { ...filters, from: null, to: null });
  const withoutDate = maskOrAll(index, intersect(Object.values(masks), index.words));
  const singleYear =
    filters.from !== null && filters.to !== null && filters.from.slice(0, 4) === filters.to.slice(0, 4)
      ? Number(filters.from.slice(0, 4))
      : null;
  const { year, month, size } = index;
  if (singleYear !== null) {
    const counts = new Array<number>(12).fill(0);
    for (let i = 0; i < size; i += 1) {
      if (year[i] === singleYear && month[i]! > 0 && hasBit(withoutDate, i)) counts[month[i]! - 1]! += 1;
    }
    return counts.map((count, m) => ({
      key: `${singleYear}-${String(m + 1).padStart(2, '0')}`,
      label: `${longMonthName(m + 1)} ${singleYear}`,
      count,
    }));
  }
  const years = new Map<number, number>();
  for (let i = 0; i < size; i += 1) {
    if (year[i]! !== -1 && hasBit(withoutDate, i)) years.set(year[i]!, (years.get(year[i]!) ?? 0) + 1);
  }
  if (years.size === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const y of years.keys()) {
    min = Math.min(min, y);
    max = Math.max(max, y);
  }
  const buckets: DensityBucket[] = [];
  for (let y = min; y <= max; y += 1) buckets.push({ key: String(y), label: String(y), count: years.get(y) ?? 0 });
  return buckets;
}

export interface TimelineGroup {
  /** Stable id for headings and keys, e.g. "2025-12", "2025", "unknown". */
  key: string;
  year: number | null;
  label: string;
  records: TimelineRecord[];
}

/**
 * Group by year then month, keeping the given order. Year-only records form a
 * "month not stated" group; records with no known year go into their own group last.
 */
export function groupByYearAndMonth(records: readonly TimelineRecord[]): TimelineGroup[] {
  const groups: TimelineGroup[] = [];
  const byKey = new Map<string, TimelineGroup>();
  let group: TimelineGroup | undefined;
  for (const record of records) {
    const start = record.date.start;
    // "YYYY", "YYYY-MM" or "YYYY-MM-DD": the key is the first 4 or 7 characters. Labels are worked
    // out once per group, not per record (100,000 records fall into a few hundred groups).
    const key = !start ? 'unknown' : start.length >= 7 ? start.slice(0, 7) : start.slice(0, 4);
    // Records come in date order, so most belong to the group of the one before.
    if (group?.key !== key) group = byKey.get(key);
    if (!group) {
      group = newGroup(key);
      byKey.set(key, group);
      groups.push(group);
    }
    group.records.push(record);
  }
  const unknown = byKey.get('unknown');
  return unknown ? [...groups.filter((g) => g !== unknown), unknown] : groups;
}

function newGroup(key: string): TimelineGroup {
  if (key === 'unknown') return { key, year: null, label: 'Year not stated', records: [] };
  const { year, month } = parsePartialDate(key);
  const label = month ? `${longMonthName(month)} ${year}` : `${year} — month not stated`;
  return { key, year, label, records: [] };
}
