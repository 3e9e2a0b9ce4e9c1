/**
 * The values each timeline facet offers, with how many records each would match given
 * the other active filters. Values keep a stable order (most records overall first) so
 * checkboxes do not jump around while someone is filtering.
 */
import { countryName } from '../records/index.ts';
import type { DatasetIndex, TimelineRecord } from '../dataset/index.ts';
import type { FacetCounts } from './filterRecords.ts';
import type { TimelineFilters } from './filters.ts';
import { recordTypePluralLabels } from '../records/index.ts';
import { hasBit } from '../structures/index.ts';
import { countPerValue, filterMasks, intersect } from './filterMasks.ts';
import { recordBitsets, type RecordBitsets } from '../dataset/index.ts';
import { recordTypes } from '../records/index.ts';
import { filterStatuses, filterStatusLabels } from '../records/index.ts';

export interface FacetOption {
  value: string;
  label: string;
  /** Records this value matches with every other active filter applied. */
  count: number;
  selected: boolean;
  /** Left out: records with this value are not shown. */
  excluded: boolean;
}

type FacetIndex = Pick<DatasetIndex, 'records' | 'sectorsById' | 'countryRecordCounts'>;

/**
 * How options are named and put in order among equals, in the interface language. Without it, English
 * names and English alphabetical order.
 */
export interface FacetNaming {
  label: (value: string) => string;
  compare: (a: string, b: string) => number;
}


function ordered(
  values: readonly string[],
  selected: readonly string[],
  excluded: readonly string[],
  label: (value: string) => string,
  counts: ReadonlyMap<string, number>,
  overall: ReadonlyMap<string, number>,
  compare: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
): FacetOption[] {
  // A selected value the data does not contain (a valid code in a shared link) stays listed so it can be unticked.
  const all = [...new Set([...values, ...selected, ...excluded])];
  return all
    .map((value) => ({ value, label: label(value), count: counts.get(value) ?? 0, selected: selected.includes(value), excluded: excluded.includes(value) }))
    .sort(
      (a, b) =>
        (overall.get(b.value) ?? 0) - (overall.get(a.value) ?? 0) || compare(a.label, b.label),
    );
}

export function typeOptions(counts: FacetCounts, filters: TimelineFilters): FacetOption[] {
  return recordTypes.map((type) => ({
    value: type,
    label: recordTypePluralLabels[type],
    count: counts.types.get(type) ?? 0,
    selected: filters.types.includes(type),
    excluded: filters.excluded.types.includes(type),
  }));
}

/** Every status in a fixed order (took place, planned, then agreements strongest first), so none jumps around. */
export function statusOptions(counts: FacetCounts, filters: TimelineFilters): FacetOption[] {
  return filterStatuses.map((status) => ({
    value: status,
    label: filterStatusLabels[status],
    count: counts.statuses.get(status) ?? 0,
    selected: filters.statuses.includes(status),
    excluded: filters.excluded.statuses.includes(status),
  }));
}

/**
 * What the facets' options are ordered by: every value's records with no filter (countries, origins, hosts,
 * and every sector of the vocabulary, 0 for one no record uses yet), and the sectors' English labels. The
 * timeline reads them from its page data (timelineIndex/pageData), not from the whole dataset.
 */
export interface FacetTotals {
  countries: ReadonlyMap<string, number>;
  origins: ReadonlyMap<string, number>;
  hosts: ReadonlyMap<string, number>;
  sectors: ReadonlyMap<string, number>;
  sectorLabels: ReadonlyMap<string, string>;
}

/** The totals of a loaded dataset. */
export function facetTotals(index: FacetIndex): FacetTotals {
  const bitsets = recordBitsets(index.records);
  const used = countPerValue(bitsets.sectors, null);
  return {
    countries: index.countryRecordCounts,
    origins: countPerValue(bitsets.origins, null),
    hosts: countPerValue(bitsets.hosts, null),
    sectors: new Map([...index.sectorsById.keys()].map((id) => [id, used.get(id) ?? 0])),
    sectorLabels: new Map([...index.sectorsById.values()].map((sector) => [sector.id, sector.label])),
  };
}

export function countryOptions(totals: FacetTotals, counts: FacetCounts, filters: TimelineFilters, naming?: FacetNaming): FacetOption[] {
  return ordered([...totals.countries.keys()], filters.countries, filters.excluded.countries, naming?.label ?? countryName, counts.countries, totals.countries, naming?.compare);
}

/** Countries parties come from (origin) or records are located in (host), most records overall first. */
export function originHostOptions(totals: FacetTotals, counts: FacetCounts, filters: TimelineFilters, facet: 'origins' | 'hosts', naming?: FacetNaming): FacetOption[] {
  const overall = totals[facet];
  return ordered([...overall.keys()], filters[facet], filters.excluded[facet], naming?.label ?? countryName, counts[facet], overall, naming?.compare);
}

/** Every sector of the vocabulary, also those no record uses yet. */
export function sectorOptions(totals: FacetTotals, counts: FacetCounts, filters: TimelineFilters, naming?: FacetNaming): FacetOption[] {
  return ordered(
    [...totals.sectors.keys()],
    filters.sectors,
    filters.excluded.sectors,
    naming?.label ?? ((id) => totals.sectorLabels.get(id) ?? id),
    counts.sectors,
    totals.sectors,
    naming?.compare,
  );
}

/**
 * Records per organisation with every active filter except the organisation filter applied:
 * a walk over each organisation's record positions in the bitset index, not over the records
 * (at 100,000 records the difference is ~2 ms against ~120 ms).
 */
export function organisationCounts(records: readonly TimelineRecord[], filters: TimelineFilters): Map<string, number> {
  return organisationCountsOf(recordBitsets(records), filters);
}

export function organisationCountsOf(index: RecordBitsets, filters: TimelineFilters): Map<string, number> {
  const mask = intersect(Object.values(filterMasks(index, { ...filters, orgs: [], excluded: { ...filters.excluded, orgs: [] } })), index.words);
  const counts = new Map<string, number>();
  for (const [id, positions] of index.organisations) {
    let count = 0;
    if (mask === null) count = positions.length;
    else for (const i of positions) if (hasBit(mask, i)) count += 1;
    if (count > 0) counts.set(id, count);
  }
  return counts;
}
