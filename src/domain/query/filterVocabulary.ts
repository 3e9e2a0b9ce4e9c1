/**
 * What the timeline's URL may name, taken from the loaded data, and the years the
 * date-range pickers offer.
 */
import type { DatasetIndex, TimelineRecord } from '../dataset/index.ts';
import type { FilterVocabulary } from './filters.ts';

export function filterVocabulary(index: Pick<DatasetIndex, 'sectorsById' | 'organisationsById'>): Required<FilterVocabulary> {
  return {
    sectors: new Set(index.sectorsById.keys()),
    organisations: new Set(index.organisationsById.keys()),
  };
}

/** Every year some record can fall in (a range counts each year it covers), ascending. */
export function yearsWithRecords(records: readonly TimelineRecord[]): number[] {
  const years = new Set<number>();
  for (const record of records) {
    if (record.span === null) continue;
    const first = Math.floor(record.span.first / 100);
    const last = Math.floor(record.span.last / 100);
    for (let year = first; year <= last; year += 1) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}
