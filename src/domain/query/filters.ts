/**
 * The timeline's filter state lives only in the URL. This module is the one boundary
 * where query strings become a typed value (with defaults) and back again.
 */
import { isKnownCountryCode } from '../records/index.ts';
import { boundToMonth, yearMonthPattern } from '../records/index.ts';
import { recordTypes, type RecordType } from '../records/index.ts';
import { isFilterStatus, type FilterStatus } from '../records/index.ts';

export type SortOrder = 'newest' | 'oldest';

export interface TimelineFilters {
  q: string;
  types: RecordType[];
  countries: string[];
  sectors: string[];
  orgs: string[];
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
  from: null,
  to: null,
  sort: 'newest',
  statuses: [],
  includeUndated: false,
}) as TimelineFilters;

/** Ids the URL may name; values outside them are ignored with a notice. */
export interface FilterVocabulary {
  sectors: ReadonlySet<string>;
  organisations: ReadonlySet<string>;
}

export interface IgnoredParam {
  param: string;
  value: string;
  reason: string;
}

export interface ParsedFilters {
  filters: TimelineFilters;
  ignored: IgnoredParam[];
}

const knownParams = new Set(['q', 'type', 'country', 'sector', 'org', 'from', 'to', 'sort', 'status', 'undated']);

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

export function parseTimelineFilters(
  search: URLSearchParams | string,
  vocabulary?: FilterVocabulary,
): ParsedFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ignored: IgnoredParam[] = [];
  const ignore = (param: string, value: string, reason: string) => ignored.push({ param, value, reason });

  const types: RecordType[] = [];
  const countries: string[] = [];
  const sectors: string[] = [];
  const orgs: string[] = [];
  let q = '';
  let from: string | null = null;
  let to: string | null = null;
  let sort: SortOrder = 'newest';
  const statuses: FilterStatus[] = [];
  let includeUndated = false;

  for (const [param, raw] of params) {
    const value = raw.trim();
    switch (param) {
      case 'q':
        q = raw;
        break;
      case 'type':
        if ((recordTypes as readonly string[]).includes(value)) types.push(value as RecordType);
        else ignore(param, raw, 'not a record type (event, delegation, agreement)');
        break;
      case 'country': {
        const code = value.toUpperCase();
        if (isKnownCountryCode(code)) countries.push(code);
        else ignore(param, raw, 'not an ISO 3166-1 alpha-2 country code');
        break;
      }
      case 'sector':
        if (!vocabulary || vocabulary.sectors.has(value)) sectors.push(value);
        else ignore(param, raw, 'no such sector');
        break;
      case 'org':
        if (!vocabulary || vocabulary.organisations.has(value)) orgs.push(value);
        else ignore(param, raw, 'no such organisation');
        break;
      case 'from':
      case 'to':
        if (yearMonthPattern.test(value)) {
          if (param === 'from') from = value;
          else to = value;
        } else ignore(param, raw, 'not a year (YYYY) or month (YYYY-MM)');
        break;
      case 'sort':
        if (value === 'newest' || value === 'oldest') sort = value;
        else ignore(param, raw, 'sort is newest or oldest');
        break;
      case 'status':
        if (isFilterStatus(value)) statuses.push(value);
        else ignore(param, raw, 'not a status (took-place, planned, signed, memorandum, preliminary, in-discussion, potential)');
        break;
      case 'undated':
        if (value === 'include') includeUndated = true;
        else ignore(param, raw, 'undated is include');
        break;
      default:
        if (!knownParams.has(param)) ignore(param, raw, 'unknown parameter');
    }
  }

  if (from !== null && to !== null && boundToMonth(from, 'first') > boundToMonth(to, 'last')) {
    ignore('to', to, `is before from=${from}`);
    to = null;
  }

  return {
    filters: {
      q,
      types: unique(types),
      countries: unique(countries),
      sectors: unique(sectors),
      orgs: unique(orgs),
      from,
      to,
      sort,
      statuses: unique(statuses),
      includeUndated,
    },
    ignored,
  };
}

/** Canonical query string (stable parameter order, defaults omitted) for sharing. */
export function serializeTimelineFilters(filters: Partial<TimelineFilters>): string {
  const params = new URLSearchParams();
  if (filters.q && filters.q.trim() !== '') params.append('q', filters.q);
  for (const type of unique(filters.types ?? [])) params.append('type', type);
  for (const country of unique(filters.countries ?? [])) params.append('country', country);
  for (const sector of unique(filters.sectors ?? [])) params.append('sector', sector);
  for (const org of unique(filters.orgs ?? [])) params.append('org', org);
  if (filters.from) params.append('from', filters.from);
  if (filters.to) params.append('to', filters.to);
  if (filters.sort && filters.sort !== 'newest') params.append('sort', filters.sort);
  for (const status of unique(filters.statuses ?? [])) params.append('status', status);
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
    filters.from !== null ||
    filters.to !== null ||
    filters.statuses.length > 0
  );
}

/** Multi-value facets: OR within one, AND across them. */
export type FacetKey = 'types' | 'countries' | 'sectors' | 'orgs' | 'statuses';

export function toggleFacetValue(filters: TimelineFilters, facet: FacetKey, value: string): TimelineFilters {
  const current = filters[facet] as string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...filters, [facet]: next };
}
