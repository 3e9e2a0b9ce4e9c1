/**
 * What the timeline's density strip is showing (years, or the months of one year) and
 * how many matching records it cannot place on that scale, so the strip can say so.
 */
import { boundToMonth } from '../records/index.ts';
import type { TimelineRecord } from '../dataset/index.ts';
import type { DensityBucket } from './filterRecords.ts';
import { hasBit } from '../structures/index.ts';
import { filterMasks, intersect } from './filterMasks.ts';
import { recordBitsets, type RecordBitsets } from '../dataset/index.ts';
import type { TimelineFilters } from './filters.ts';

export type DensityScale = { kind: 'years' } | { kind: 'months'; year: string };

/** Months when the date range lies within one year; mirrors densityBuckets. */
export function densityScale(filters: Pick<TimelineFilters, 'from' | 'to'>): DensityScale {
  if (filters.from !== null && filters.to !== null && filters.from.slice(0, 4) === filters.to.slice(0, 4)) {
    return { kind: 'months', year: filters.from.slice(0, 4) };
  }
  return { kind: 'years' };
}

/**
 * Matching records (every filter but the date range) that no bar counts: on the year
 * scale those with no known year, on the month scale those of that year with no month.
 */
export function unplacedOnDensityScale(records: readonly TimelineRecord[], filters: TimelineFilters): number {
  return unplacedOnDensityScaleOf(recordBitsets(records), filters);
}

export function unplacedOnDensityScaleOf(index: RecordBitsets, filters: TimelineFilters): number {
  const scale = densityScale(filters);
  const mask = intersect(Object.values(filterMasks(index, { ...filters, from: null, to: null })), index.words);
  const { year, month } = index;
  const scaleYear = scale.kind === 'months' ? Number(scale.year) : null;
  let unplaced = 0;
  for (let i = 0; i < index.size; i += 1) {
    if (mask !== null && !hasBit(mask, i)) continue;
    if (scaleYear === null ? year[i] === -1 : year[i] === scaleYear && month[i] === 0) unplaced += 1;
  }
  return unplaced;
}

/** Whether a density bucket ("YYYY" or "YYYY-MM") overlaps the active date range; false with no range. */
export function bucketInRange(key: string, filters: Pick<TimelineFilters, 'from' | 'to'>): boolean {
  if (filters.from === null && filters.to === null) return false;
  const startsBeforeEnd = filters.to === null || boundToMonth(key, 'first') <= boundToMonth(filters.to, 'last');
  const endsAfterStart = filters.from === null || boundToMonth(key, 'last') >= boundToMonth(filters.from, 'first');
  return startsBeforeEnd && endsAfterStart;
}

export type DensityItem = { kind: 'bucket'; bucket: DensityBucket } | { kind: 'gap'; first: string; last: string; size: number };

/**
 * Long runs of empty years folded into one gap marker, so a single record decades before
 * the rest does not squeeze every other bar to nothing. Months are never folded.
 */
export function foldEmptyRuns(buckets: readonly DensityBucket[], minRun = 2): DensityItem[] {
  const items: DensityItem[] = [];
  let run: DensityBucket[] = [];
  const flush = () => {
    if (run.length >= minRun) items.push({ kind: 'gap', first: run[0]!.key, last: run[run.length - 1]!.key, size: run.length });
    else for (const bucket of run) items.push({ kind: 'bucket', bucket });
    run = [];
  };
  for (const bucket of buckets) {
    if (bucket.count === 0) {
      run.push(bucket);
      continue;
    }
    flush();
    items.push({ kind: 'bucket', bucket });
  }
  flush();
  return items;
}
