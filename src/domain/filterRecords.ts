import { boundToMonth, longMonthName, parsePartialDate } from './dates.ts';
import type { TimelineRecord } from './dataset.ts';
import type { FacetKey, TimelineFilters } from './filters.ts';
import { sortRecords } from './dataset.ts';
import { matchesTokens, searchTokens } from './text.ts';

type Predicate = (record: TimelineRecord) => boolean;

/** One predicate per active filter, so facet counts can leave one out. */
function predicates(filters: TimelineFilters): Record<FacetKey | 'q' | 'date', Predicate | null> {
  const tokens = searchTokens(filters.q);
  const from = filters.from ? boundToMonth(filters.from, 'first') : null;
  const to = filters.to ? boundToMonth(filters.to, 'last') : null;
  return {
    q: tokens.length > 0 ? (r) => matchesTokens(r.searchText, tokens) : null,
    types: filters.types.length > 0 ? (r) => filters.types.includes(r.type) : null,
    countries: filters.countries.length > 0 ? (r) => r.countries.some((c) => filters.countries.includes(c)) : null,
    sectors: filters.sectors.length > 0 ? (r) => r.sectors.some((s) => filters.sectors.includes(s)) : null,
    orgs: filters.orgs.length > 0 ? (r) => r.organisations.some((o) => filters.orgs.includes(o.id)) : null,
    // A record overlaps the range if any month it can cover lies inside; unknown years cannot be placed.
    date:
      from !== null || to !== null
        ? (r) => r.span !== null && (from === null || r.span.last >= from) && (to === null || r.span.first <= to)
        : null,
  };
}

function combine(list: Array<Predicate | null>): Predicate {
  const active = list.filter((p): p is Predicate => p !== null);
  return (record) => active.every((p) => p(record));
}

/** Records matching every filter (OR within a filter, AND across filters), in the requested order. */
export function filterRecords(records: readonly TimelineRecord[], filters: TimelineFilters): TimelineRecord[] {
  const matches = records.filter(combine(Object.values(predicates(filters))));
  return sortRecords(matches, filters.sort);
}

export type FacetCounts = Record<'types' | 'countries' | 'sectors', Map<string, number>>;

/** For each facet, counts per value with all the *other* active filters applied. */
export function facetCounts(records: readonly TimelineRecord[], filters: TimelineFilters): FacetCounts {
  const all = predicates(filters);
  const counts: FacetCounts = { types: new Map(), countries: new Map(), sectors: new Map() };
  const valuesOf: Record<keyof FacetCounts, (r: TimelineRecord) => string[]> = {
    types: (r) => [r.type],
    countries: (r) => r.countries,
    sectors: (r) => r.sectors,
  };
  for (const facet of Object.keys(counts) as Array<keyof FacetCounts>) {
    const others = combine(
      (Object.keys(all) as Array<keyof typeof all>).filter((key) => key !== facet).map((key) => all[key]),
    );
    const tally = counts[facet];
    for (const record of records) {
      if (!others(record)) continue;
      for (const value of valuesOf[facet](record)) tally.set(value, (tally.get(value) ?? 0) + 1);
    }
  }
  return counts;
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
  const withoutDate = filterRecords(records, { ...filters, from: null, to: null });
  const singleYear =
    filters.from !== null && filters.to !== null && filters.from.slice(0, 4) === filters.to.slice(0, 4)
      ? filters.from.slice(0, 4)
      : null;
  if (singleYear !== null) {
    const counts = new Array<number>(12).fill(0);
    for (const r of withoutDate) {
      if (r.span === null || !r.date.start) continue;
      const { year, month } = parsePartialDate(r.date.start);
      if (String(year) === singleYear && month !== undefined) counts[month - 1]! += 1;
    }
    return counts.map((count, i) => ({
      key: `${singleYear}-${String(i + 1).padStart(2, '0')}`,
      label: `${longMonthName(i + 1)} ${singleYear}`,
      count,
    }));
  }
  const years = new Map<number, number>();
  for (const r of withoutDate) {
    if (!r.date.start) continue;
    const { year } = parsePartialDate(r.date.start);
    years.set(year, (years.get(year) ?? 0) + 1);
  }
  if (years.size === 0) return [];
  const min = Math.min(...years.keys());
  const max = Math.max(...years.keys());
  const buckets: DensityBucket[] = [];
  for (let year = min; year <= max; year += 1) {
    buckets.push({ key: String(year), label: String(year), count: years.get(year) ?? 0 });
  }
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
  for (const record of records) {
    let key: string;
    let label: string;
    let year: number | null = null;
    if (!record.date.start) {
      key = 'unknown';
      label = 'Year not stated';
    } else {
      const parts = parsePartialDate(record.date.start);
      year = parts.year;
      key = parts.month ? `${parts.year}-${String(parts.month).padStart(2, '0')}` : String(parts.year);
      label = parts.month ? `${longMonthName(parts.month)} ${parts.year}` : `${parts.year} — month not stated`;
    }
    let group = byKey.get(key);
    if (!group) {
      group = { key, year, label, records: [] };
      byKey.set(key, group);
      groups.push(group);
    }
    group.records.push(record);
  }
  const unknown = byKey.get('unknown');
  return unknown ? [...groups.filter((g) => g !== unknown), unknown] : groups;
}
