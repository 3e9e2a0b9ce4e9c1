/**
 * The timeline's filter state lives only in the URL. This module is the one boundary
 * where query strings become a typed value (with defaults) and back again.
 */
import { isKnownCountryCode, msg } from '../records/index.ts';
import { boundToMonth, yearMonthPattern } from '../records/index.ts';
import { recordTypes, type RecordType } from '../records/index.ts';
import { isFilterStatus, type FilterStatus } from '../records/index.ts';

export type SortOrder = 'newest' | 'oldest';

/** Multi-value facets: OR within one, AND across them. */
export const facetKeys = ['types', 'countries', 'sectors', 'orgs', 'origins', 'hosts', 'statuses'] as const;
export type FacetKey = (typeof facetKeys)[number];

/** Each facet's URL parameter. */
export const facetParams: Record<FacetKey, string> = {
  types: 'type',
  countries: 'country',
  sectors: 'sector',
  orgs: 'org',
  origins: 'origin',
  hosts: 'host',
  statuses: 'status',
};

export function noneExcluded(): Record<FacetKey, string[]> {
  return { types: [], countries: [], sectors: [], orgs: [], origins: [], hosts: [], statuses: [] };
}

export interface TimelineFilters {
  q: string;
  types: RecordType[];
  countries: string[];
  sectors: string[];
  orgs: string[];
  /** A participant or delegation from one of these countries (ISO 3166-1 alpha-2). */
  origins: string[];
  /** A record located in, or a delegation going to, one of these countries. */
  hosts: string[];
  /**
   * Values to leave out, per facet: a record with any of them is not shown. In the URL a value
   * to leave out is the same parameter with a minus sign, `country=-CN`, so a shared link reads
   * "country: not China".
   */
  excluded: Record<FacetKey, string[]>;
  /** "YYYY" or "YYYY-MM", inclusive. */
  from: string | null;
  to: string | null;
  sort: SortOrder;
  /** Took place / planned, or an agreement's strength (OR within the filter). */
  statuses: FilterStatus[];
  /** With a date range: keep the records whose year the source does not state. */
  includeUndated: boolean;
}

export const defaultFilters: TimelineFilters = Object.freeze({
  q: '',
  types: [],
  countries: [],
  sectors: [],
  orgs: [],
  origins: [],
  hosts: [],
  excluded: noneExcluded(),
  from: null,
  to: null,
  sort: 'newest',
  statuses: [],
  includeUndated: false,
}) as TimelineFilters;

/** Ids the URL may name; values outside them are ignored with a notice. */
export interface FilterVocabulary {
  sectors: ReadonlySet<string>;
  /** Absent while the page has not loaded organisations' ids: their values are then taken as given. */
  organisations?: ReadonlySet<string>;
}

export interface IgnoredParam {
  param: string;
  value: string;
  /** Why, as an English message (msg): the interface translates it. */
  reason: string;
  /** Values of the reason's placeholders. */
  reasonValues?: Record<string, string>;
}

export interface ParsedFilters {
  filters: TimelineFilters;
  ignored: IgnoredParam[];
}

const knownParams = new Set(['q', ...Object.values(facetParams), 'from', 'to', 'sort', 'undated']);
const facetOfParam = new Map(facetKeys.map((key) => [facetParams[key], key]));

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** `pageParams`: a page's own parameters beside the filters (the map's table order), not reported as unknown. */
export function parseTimelineFilters(
  search: URLSearchParams | string,
  vocabulary?: FilterVocabulary,
  pageParams: readonly string[] = [],
): ParsedFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ignored: IgnoredParam[] = [];
  const ignore = (param: string, value: string, reason: string) => ignored.push({ param, value, reason });

  const chosen: Record<FacetKey, string[]> = noneExcluded();
  const excluded: Record<FacetKey, string[]> = noneExcluded();
  let q = '';
  let from: string | null = null;
  let to: string | null = null;
  let sort: SortOrder = 'newest';
  let includeUndated = false;

  for (const [param, raw] of params) {
    const value = raw.trim();
    const facet = facetOfParam.get(param);
    if (facet !== undefined) {
      // "-CN": leave China out. Ids and codes never start with a minus sign.
      const leaveOut = value.startsWith('-');
      const reason = facetValueProblem(facet, leaveOut ? value.slice(1).trim() : value, vocabulary);
      if (typeof reason === 'string') ignore(param, raw, reason);
      else (leaveOut ? excluded : chosen)[facet].push(reason.value);
      continue;
    }
    switch (param) {
      case 'q':
        q = raw;
        break;
      case 'from':
      case 'to':
        if (yearMonthPattern.test(value)) {
          if (param === 'from') from = value;
          else to = value;
        } else ignore(param, raw, msg('not a year (YYYY) or month (YYYY-MM)'));
        break;
      case 'sort':
        if (value === 'newest' || value === 'oldest') sort = value;
        else ignore(param, raw, msg('sort is newest or oldest'));
        break;
      case 'undated':
        if (value === 'include') includeUndated = true;
        else ignore(param, raw, msg('undated is include'));
        break;
      default:
        if (!knownParams.has(param) && !pageParams.includes(param)) ignore(param, raw, msg('unknown parameter'));
    }
  }

  if (from !== null && to !== null && boundToMonth(from, 'first') > boundToMonth(to, 'last')) {
    ignored.push({ param: 'to', value: to, reason: msg('is before from={from}'), reasonValues: { from } });
    to = null;
  }

  return {
    filters: {
      q,
      types: unique(chosen.types) as RecordType[],
      countries: unique(chosen.countries),
      sectors: unique(chosen.sectors),
      orgs: unique(chosen.orgs),
      origins: unique(chosen.origins),
      hosts: unique(chosen.hosts),
      excluded: Object.fromEntries(facetKeys.map((key) => [key, unique(excluded[key])])) as Record<FacetKey, string[]>,
      from,
      to,
      sort,
      statuses: unique(chosen.statuses) as FilterStatus[],
      includeUndated,
    },
    ignored,
  };
}

/** Canonical query string (stable parameter order, defaults omitted) for sharing. */
export function serializeTimelineFilters(filters: Partial<TimelineFilters>): string {
  const params = new URLSearchParams();
  if (filters.q && filters.q.trim() !== '') params.append('q', filters.q);
  for (const key of facetKeys) {
    for (const value of unique(filters[key] ?? [])) params.append(facetParams[key], value);
    for (const value of unique(filters.excluded?.[key] ?? [])) params.append(facetParams[key], `-${value}`);
  }
  if (filters.from) params.append('from', filters.from);
  if (filters.to) params.append('to', filters.to);
  if (filters.sort && filters.sort !== 'newest') params.append('sort', filters.sort);
  if (filters.includeUndated) params.append('undated', 'include');
  return params.toString();
}

export function hasActiveFilters(filters: TimelineFilters): boolean {
  return (
    filters.q.trim() !== '' ||
    filters.types.length > 0 ||
    filters.countries.length > 0 ||
    filters.sectors.length > 0 ||
    filters.orgs.length > 0 ||
    filters.origins.length > 0 ||
    filters.hosts.length > 0 ||
    facetKeys.some((key) => filters.excluded[key].length > 0) ||
    filters.from !== null ||
    filters.to !== null ||
    filters.statuses.length > 0
  );
}

/** Tick or untick a value; ticking it also stops leaving it out. */
export function toggleFacetValue(filters: TimelineFilters, facet: FacetKey, value: string): TimelineFilters {
  const current = filters[facet] as string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...filters, [facet]: next, excluded: { ...filters.excluded, [facet]: filters.excluded[facet].filter((v) => v !== value) } };
}

/** Leave a value out, or stop leaving it out; leaving it out also unticks it. */
export function toggleExcludedValue(filters: TimelineFilters, facet: FacetKey, value: string): TimelineFilters {
  const current = filters.excluded[facet];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...filters, [facet]: (filters[facet] as string[]).filter((v) => v !== value), excluded: { ...filters.excluded, [facet]: next } };
}

/** The value in canonical form, or why the URL's value is not one. */
function facetValueProblem(facet: FacetKey, value: string, vocabulary: FilterVocabulary | undefined): { value: string } | string {
  switch (facet) {
    case 'types':
      return (recordTypes as readonly string[]).includes(value) ? { value } : msg('not a record type (event, delegation, agreement)');
    case 'countries':
    case 'origins':
    case 'hosts': {
      const code = value.toUpperCase();
      return isKnownCountryCode(code) ? { value: code } : msg('not an ISO 3166-1 alpha-2 country code');
    }
    case 'sectors':
      return !vocabulary || vocabulary.sectors.has(value) ? { value } : msg('no such sector');
    case 'orgs':
      return !vocabulary?.organisations || vocabulary.organisations.has(value) ? { value } : msg('no such organisation');
    case 'statuses':
      return isFilterStatus(value) ? { value } : msg('not a status (took-place, planned, signed, memorandum, preliminary, in-discussion, potential)');
  }
}
