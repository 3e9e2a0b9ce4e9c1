/**
 * What the timeline shows for one set of filters, computed over a bitset index: the matching rows in order,
 * the facet counts, the density strip and the undated records a range leaves out. The worker answers with
 * this; it holds numbers and plain maps only, so it crosses postMessage (rows as a transferable array).
 */
import type { RecordBitsets } from '../dataset/index.ts';
import { countBits } from '../structures/index.ts';
import {
  activeFilterChips,
  serializeTimelineFilters,
  densityBucketsOf,
  facetCountsOf,
  filterMasks,
  intersect,
  organisationCountsOf,
  selectedPositions,
  undatedLeftOutOf,
  unplacedOnDensityScaleOf,
  type DensityBucket,
  type FacetCounts,
  type TimelineFilters,
} from '../query/index.ts';

/** A month (or a year whose month is not stated, or no year at all: "unknown") and how many rows it has. */
export interface AnswerGroup {
  /** "YYYY-MM", "YYYY" or "unknown", as query/groupByYearAndMonth keys them. */
  key: string;
  count: number;
}

export interface TimelineAnswer {
  /** Matching rows (positions in the index) in the requested order, grouped as `groups` says. */
  rows: Int32Array;
  /** The rows' month groups in order: the first `groups[0].count` rows are the first group's, and so on. */
  groups: AnswerGroup[];
  facets: FacetCounts;
  /** Records per organisation with every other filter applied. */
  organisations: Map<string, number>;
  density: DensityBucket[];
  /** Matching records the density strip cannot place on its scale. */
  unplaced: number;
  /** Records with no stated year that the date range leaves out. */
  undatedLeftOut: number;
  /**
   * With no match: how many records each filter left out by one chip would match, by the serialised filters
   * (the no-matches message's suggestions). Empty when something matches.
   */
  withoutOneFilter: Map<string, number>;
}

const idsAsNames = { sector: (id: string) => id, organisation: (id: string) => id };

export function answerQuery(index: RecordBitsets, filters: TimelineFilters): TimelineAnswer {
  const mask = intersect(Object.values(filterMasks(index, filters)), index.words);
  const { rows, groups } = groupedByMonth(index, selectedPositions(index, mask, filters.sort));
  const withoutOneFilter = new Map<string, number>();
  if (rows.length === 0) {
    for (const chip of activeFilterChips(filters, idsAsNames)) withoutOneFilter.set(serializeTimelineFilters(chip.without), countMatches(index, chip.without));
  }
  return {
    rows,
    groups,
    withoutOneFilter,
    facets: facetCountsOf(index, filters),
    organisations: organisationCountsOf(index, filters),
    density: densityBucketsOf(index, filters),
    unplaced: unplacedOnDensityScaleOf(index, filters),
    undatedLeftOut: undatedLeftOutOf(index, filters),
  };
}

/** How many records match, without listing them (the no-matches message's suggestions). */
export function countMatches(index: RecordBitsets, filters: TimelineFilters): number {
  const mask = intersect(Object.values(filterMasks(index, filters)), index.words);
  return mask === null ? index.size : countBits(mask);
}

const monthKey = (year: number, month: number) => (year < 0 ? 'unknown' : month === 0 ? String(year) : `${year}-${String(month).padStart(2, '0')}`);

/**
 * Rows grouped by the month they start in, as groupByYearAndMonth groups records: groups in the order their
 * first row comes, rows in order within each, and records with no stated year last.
 */
export function groupedByMonth(index: Pick<RecordBitsets, 'year' | 'month'>, ordered: ArrayLike<number>): { rows: Int32Array; groups: AnswerGroup[] } {
  const members = new Map<string, number[]>();
  let key = '';
  let current: number[] | undefined;
  for (let i = 0; i < ordered.length; i += 1) {
    const row = ordered[i]!;
    const next = monthKey(index.year[row]!, index.month[row]!);
    // Rows come in date order, so most belong to the group of the one before.
    if (next !== key || !current) {
      key = next;
      current = members.get(key);
      if (!current) members.set(key, (current = []));
    }
    current.push(row);
  }
  const unknown = members.get('unknown');
  members.delete('unknown');
  if (unknown) members.set('unknown', unknown);
  const rows = new Int32Array(ordered.length);
  const groups: AnswerGroup[] = [];
  let at = 0;
  for (const [groupKey, list] of members) {
    groups.push({ key: groupKey, count: list.length });
    rows.set(list, at);
    at += list.length;
  }
  return { rows, groups };
}
