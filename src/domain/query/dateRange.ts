/**
 * The timeline's date range is two optional bounds, each a year or a month. The pickers
 * edit them as a year plus an optional month; these helpers keep the pair consistent.
 */
import { boundToMonth, formatPartialDate } from '../records/index.ts';
import type { TimelineFilters } from './filters.ts';

export type DateEdge = 'from' | 'to';

export interface BoundParts {
  year: string | null;
  /** "01"–"12", or null for the whole year. */
  month: string | null;
}

export function boundParts(bound: string | null): BoundParts {
  if (bound === null) return { year: null, month: null };
  const [year, month] = bound.split('-');
  return { year: year ?? null, month: month ?? null };
}

/** A bound from picker values; no year means no bound, whatever the month says. */
export function joinBound({ year, month }: BoundParts): string | null {
  if (year === null || year === '') return null;
  return month ? `${year}-${month}` : year;
}

/**
 * Set one bound. When the new bound would put the range back to front, the other bound
 * is dropped rather than producing a link the parser would partly ignore.
 */
export function withDateBound(filters: TimelineFilters, edge: DateEdge, bound: string | null): TimelineFilters {
  const next = { ...filters, [edge]: bound };
  if (next.from !== null && next.to !== null && boundToMonth(next.from, 'first') > boundToMonth(next.to, 'last')) {
    return { ...next, [edge === 'from' ? 'to' : 'from']: null };
  }
  return next;
}

/** "2025", "Dec 2025": a bound as a reader would say it. */
export function formatBound(bound: string): string {
  return formatPartialDate(bound);
}
