/**
 * Active timeline filters as a flat list, each with the filters that remain once it is
 * removed: what the "remove filter" chips show and do.
 */
import { countryName } from '../records/index.ts';
import { formatBound } from './dateRange.ts';
import type { TimelineFilters } from './filters.ts';
import { recordTypeLabels } from '../records/index.ts';
import { filterStatusLabels } from '../records/index.ts';

export interface FilterChip {
  /** Unique among the chips, e.g. "country:FI". */
  id: string;
  /** What kind of filter, e.g. "Country". */
  facet: string;
  /** The value as a reader knows it, e.g. "Finland". */
  value: string;
  without: TimelineFilters;
}

export interface ChipNames {
  sector: (id: string) => string;
  organisation: (id: string) => string;
}

export function activeFilterChips(filters: TimelineFilters, names: ChipNames): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filters.q.trim() !== '') {
    chips.push({ id: 'q', facet: 'Search', value: `“${filters.q.trim()}”`, without: { ...filters, q: '' } });
  }
  const listChips = <K extends 'types' | 'countries' | 'sectors' | 'orgs' | 'statuses'>(key: K, facet: string, label: (v: string) => string) => {
    for (const value of filters[key] as string[]) {
      chips.push({
        id: `${key}:${value}`,
        facet,
        value: label(value),
        without: { ...filters, [key]: (filters[key] as string[]).filter((v) => v !== value) },
      });
    }
  };
  listChips('types', 'Type', (t) => recordTypeLabels[t as keyof typeof recordTypeLabels] ?? t);
  listChips('countries', 'Country', countryName);
  listChips('sectors', 'Sector', names.sector);
  listChips('orgs', 'Organisation', names.organisation);
  listChips('statuses', 'Status', (s) => filterStatusLabels[s as keyof typeof filterStatusLabels] ?? s);
  const dateChip = dateRangeChip(filters);
  if (dateChip) chips.push(dateChip);
  return chips;
}

/** The date range as one chip ("Date 2025", "Date Nov 2024 – Mar 2025"), or one per open-ended bound. */
function dateRangeChip(filters: TimelineFilters): FilterChip | null {
  const { from, to } = filters;
  const without = { ...filters, from: null, to: null, includeUndated: false };
  if (from !== null && to !== null) {
    return { id: 'date', facet: 'Date', value: from === to ? formatBound(from) : `${formatBound(from)} – ${formatBound(to)}`, without };
  }
  if (from !== null) return { id: 'date', facet: 'From', value: formatBound(from), without };
  if (to !== null) return { id: 'date', facet: 'Until', value: formatBound(to), without };
  return null;
}

/** Everything off but the sort order, which is a way of reading rather than a filter. */
export function clearedFilters(filters: TimelineFilters): TimelineFilters {
  return { ...filters, q: '', types: [], countries: [], sectors: [], orgs: [], from: null, to: null, statuses: [], includeUndated: false };
}
