/**
 * Active timeline filters as a flat list, each with the filters that remain once it is
 * removed: what the "remove filter" chips show and do.
 */
import { countryName } from '../records/index.ts';
import { formatBound } from './dateRange.ts';
import { noneExcluded, type FacetKey, type TimelineFilters } from './filters.ts';
import { recordTypeLabels } from '../records/index.ts';
import { filterStatusLabels } from '../records/index.ts';
import { msg } from '../i18n/index.ts';

export interface FilterChip {
  /** Unique among the chips, e.g. "country:FI". */
  id: string;
  /** What kind of filter, e.g. "Country" (an English message: the interface translates it). */
  facet: string;
  /** The value as a reader knows it, e.g. "Finland". */
  value: string;
  without: TimelineFilters;
}

export interface ChipNames {
  sector: (id: string) => string;
  organisation: (id: string) => string;
  /** Record types, countries, statuses and date bounds in the interface language (English by default). */
  type?: (type: string) => string;
  country?: (code: string) => string;
  status?: (status: string) => string;
  bound?: (bound: string) => string;
}

export function activeFilterChips(filters: TimelineFilters, names: ChipNames): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filters.q.trim() !== '') {
    chips.push({ id: 'q', facet: msg('Search'), value: `“${filters.q.trim()}”`, without: { ...filters, q: '' } });
  }
  const country = names.country ?? countryName;
  // Facet names are English messages (msg): the interface translates them.
  const labels: Record<FacetKey, [string, string, (v: string) => string]> = {
    types: [msg('Type'), msg('Not type'), names.type ?? ((t) => recordTypeLabels[t as keyof typeof recordTypeLabels] ?? t)],
    countries: [msg('Country'), msg('Not country'), country],
    sectors: [msg('Sector'), msg('Not sector'), names.sector],
    orgs: [msg('Organisation'), msg('Not organisation'), names.organisation],
    origins: [msg('From'), msg('Not from'), country],
    hosts: [msg('In or to'), msg('Not in or to'), country],
    statuses: [msg('Status'), msg('Not status'), names.status ?? ((s) => filterStatusLabels[s as keyof typeof filterStatusLabels] ?? s)],
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
  const dateChip = dateRangeChip(filters, names.bound ?? formatBound);
  if (dateChip) chips.push(dateChip);
  return chips;
}

/** The date range as one chip ("Date 2025", "Date Nov 2024 – Mar 2025"), or one per open-ended bound. */
function dateRangeChip(filters: TimelineFilters, formatBound: (bound: string) => string): FilterChip | null {
  const { from, to } = filters;
  const without = { ...filters, from: null, to: null, includeUndated: false };
  if (from !== null && to !== null) {
    return { id: 'date', facet: msg('Date'), value: from === to ? formatBound(from) : `${formatBound(from)} – ${formatBound(to)}`, without };
  }
  if (from !== null) return { id: 'date', facet: msg('From'), value: formatBound(from), without };
  if (to !== null) return { id: 'date', facet: msg('Until'), value: formatBound(to), without };
  return null;
}

/** Everything off but the sort order, which is a way of reading rather than a filter. */
export function clearedFilters(filters: TimelineFilters): TimelineFilters {
  return { ...filters, q: '', types: [], countries: [], sectors: [], orgs: [], origins: [], hosts: [], statuses: [], excluded: noneExcluded(), from: null, to: null, includeUndated: false };
}
