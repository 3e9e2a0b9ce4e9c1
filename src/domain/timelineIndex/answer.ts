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

export interface TimelineAnswer {
  /** Matching rows (positions in the index) in the requested order. */
  rows: Int32Array;
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
  const rows = selectedPositions(index, mask, filters.sort);
  const withoutOneFilter = new Map<string, number>();
  if (rows.length === 0) {
    for (const chip of activeFilterChips(filters, idsAsNames)) withoutOneFilter.set(serializeTimelineFilters(chip.without), countMatches(index, chip.without));
  }
  return {
    rows,
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
