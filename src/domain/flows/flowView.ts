/**
 * What the map shows for a set of timeline filters. Type and date narrow the build's rows;
 * any other filter (text, sector, organisation, country, origin, host, values left out) needs
 * the records themselves, which the map page then loads and aggregates the same way.
 */
import { boundToMonth } from '../records/index.ts';
import { facetKeys, type TimelineFilters } from '../query/index.ts';
import type { RowFilter } from './flowAggregate.ts';

export function needsRecords(filters: TimelineFilters): boolean {
  return (
    filters.q.trim() !== '' ||
    facetKeys.some((key) => key !== 'types' && ((filters[key] as string[]).length > 0 || filters.excluded[key].length > 0))
  );
}

export function rowFilter(filters: TimelineFilters): RowFilter {
  return {
    types: filters.types,
    excludedTypes: filters.excluded.types,
    first: filters.from ? boundToMonth(filters.from, 'first') : null,
    last: filters.to ? boundToMonth(filters.to, 'last') : null,
  };
}
