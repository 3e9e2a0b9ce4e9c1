/**
 * The organisation directory's view state, parsed from and written to the URL at one boundary
 * (same contract as the timeline: malformed values are ignored and reported).
 */
import { isKnownCountryCode, msg } from '../records/index.ts';
import type { IgnoredParam } from './filters.ts';
import { organisationKinds } from '../records/index.ts';
import type { OrganisationKind } from '../records/index.ts';

export type DirectorySort = 'name' | 'records';

export interface DirectoryFilters {
  q: string;
  countries: string[];
  kinds: OrganisationKind[];
  sectors: string[];
  sort: DirectorySort;
}

export const defaultDirectoryFilters: DirectoryFilters = Object.freeze({
  q: '',
  countries: [],
  kinds: [],
  sectors: [],
  sort: 'name',
}) as DirectoryFilters;

export function parseDirectoryFilters(
  search: URLSearchParams | string,
  sectorIds?: ReadonlySet<string>,
): { filters: DirectoryFilters; ignored: IgnoredParam[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ignored: IgnoredParam[] = [];
  const filters: DirectoryFilters = { q: '', countries: [], kinds: [], sectors: [], sort: 'name' };
  for (const [param, raw] of params) {
    const value = raw.trim();
    switch (param) {
      case 'q':
        filters.q = raw;
        break;
      case 'country': {
        const code = value.toUpperCase();
        if (isKnownCountryCode(code)) {
          if (!filters.countries.includes(code)) filters.countries.push(code);
        } else ignored.push({ param, value: raw, reason: msg('not an ISO 3166-1 alpha-2 country code') });
        break;
      }
      case 'kind':
        if ((organisationKinds as readonly string[]).includes(value)) {
          if (!filters.kinds.includes(value as OrganisationKind)) filters.kinds.push(value as OrganisationKind);
        } else ignored.push({ param, value: raw, reason: msg('no such kind of organisation') });
        break;
      case 'sector':
        if (!sectorIds || sectorIds.has(value)) {
          if (!filters.sectors.includes(value)) filters.sectors.push(value);
        } else ignored.push({ param, value: raw, reason: msg('no such sector') });
        break;
      case 'sort':
        if (value === 'name' || value === 'records') filters.sort = value;
        else ignored.push({ param, value: raw, reason: msg('sort is name or records') });
        break;
      default:
        ignored.push({ param, value: raw, reason: msg('unknown parameter') });
    }
  }
  return { filters, ignored };
}

export function serializeDirectoryFilters(filters: Partial<DirectoryFilters>): string {
  const params = new URLSearchParams();
  if (filters.q && filters.q.trim() !== '') params.append('q', filters.q);
  for (const c of filters.countries ?? []) params.append('country', c);
  for (const k of filters.kinds ?? []) params.append('kind', k);
  for (const s of filters.sectors ?? []) params.append('sector', s);
  if (filters.sort && filters.sort !== 'name') params.append('sort', filters.sort);
  return params.toString();
}
