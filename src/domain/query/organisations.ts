import type { DatasetIndex } from '../dataset/index.ts';
import type { DirectoryFilters } from './directoryFilters.ts';
import { matchesTokens, searchTokens } from '../search/index.ts';
import type { Organisation } from '../records/index.ts';

export interface DirectoryRow {
  organisation: Organisation;
  recordCount: number;
}

export function recordCountOf(index: DatasetIndex, id: string): number {
  return index.recordsByOrganisation.get(id)?.length ?? 0;
}

/** How the directory names organisations and orders names, in the interface language (English by default). */
export interface DirectoryOrder {
  name: (organisation: Organisation) => string;
  compare: (a: string, b: string) => number;
}

const englishOrder: DirectoryOrder = { name: (organisation) => organisation.name, compare: (a, b) => a.localeCompare(b, 'en') };

/** Directory rows matching the filters (OR within a filter, AND across), sorted as asked. */
export function filterOrganisations(index: DatasetIndex, filters: DirectoryFilters, order: DirectoryOrder = englishOrder): DirectoryRow[] {
  const tokens = searchTokens(filters.q);
  const rows = index.raw.organisations
    .filter(
      (org) =>
        (tokens.length === 0 || matchesTokens(index.organisationSearchText.get(org.id) ?? '', tokens)) &&
        (filters.countries.length === 0 || (org.country !== null && filters.countries.includes(org.country))) &&
        (filters.kinds.length === 0 || filters.kinds.includes(org.kind)) &&
        (filters.sectors.length === 0 || org.sectors.some((s) => filters.sectors.includes(s))),
    )
    .map((organisation) => ({ organisation, recordCount: recordCountOf(index, organisation.id) }));
  const names = new Map(rows.map((row) => [row.organisation.id, order.name(row.organisation)]));
  const byName = (a: DirectoryRow, b: DirectoryRow) => order.compare(names.get(a.organisation.id)!, names.get(b.organisation.id)!);
  return rows.sort(filters.sort === 'records' ? (a, b) => b.recordCount - a.recordCount || byName(a, b) : byName);
}

export interface CoParticipant {
  id: string;
  /** Number of records both organisations appear in. */
  count: number;
}

/** The organisations that appear in the same records as this one, most frequent first. */
export function coParticipants(index: DatasetIndex, id: string): CoParticipant[] {
  const counts = new Map<string, number>();
  for (const { record } of index.recordsByOrganisation.get(id) ?? []) {
    for (const other of new Set(record.organisations.map((o) => o.id))) {
      if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([other, count]) => ({ id: other, count }))
    .sort((a, b) => b.count - a.count || (index.organisationsById.get(a.id)?.name ?? '').localeCompare(index.organisationsById.get(b.id)?.name ?? ''));
}

/** Units the data says belong to this organisation. */
export function unitsOf(index: DatasetIndex, id: string): Organisation[] {
  return index.raw.organisations.filter((o) => o.parent === id);
}
