/**
 * Active timeline filters as a flat list, each with the filters that remain once it is
 * removed: what the "remove filter" chips show and do.
 */
import { countryName } from '../records/index.ts';
import { formatBound } from './dateRange.ts';
import { noneExcluded, type FacetKey, type TimelineFilters } from './filters.ts';
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
  const labels: Record<FacetKey, [string, string, (v: string) => string]> = {
    types: ['Type', 'Not type', (t) => recordTypeLabels[t as keyof typeof recordTypeLabels] ?? t],
    countries: ['Country', 'Not country', countryName],
    sectors: ['Sector', 'Not sector', names.sector],
    orgs: ['Organisation', 'Not organisation', names.organisation],
    origins: ['From', 'Not from', countryName],
    hosts: ['In or to', 'Not in or to', countryName],
    statuses: ['Status', 'Not status', (s) => filterStatusLabels[s as keyof typeof filterStatusLabels] ?? s],
  };
  for (const key of Object.keys(labels) as FacetKey[]) {
    const [facet, , label] = labels[key];
    for (const value of filters[key] as string[]) {
      chips.push({ id: `${key}:${value}`, facet, value: label(value), without: { ...filters, [key]: (filters[key] as string[]).filter((v) => v !== value) } });
    }
  }
  for (const key of Object.keys(labels) as FacetKey[]) {
    const [, facet, label] = labels[key];
    for (const value of filters.excluded[key]) {
      chips.push({
        id: `not-${key}:${value}`,
        facet,
        value: label(value),
        without: { ...filters, excluded: { ...filters.excluded, [key]: filters.excluded[key].filter((v) => v !== value) } },
      });
    }
  }
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
  return { ...filters, q: '', types: [], countries: [], sectors: [], orgs: [], origins: [], hosts: [], statuses: [], excluded: noneExcluded(), from: null, to: null, includeUndated: false };
}
