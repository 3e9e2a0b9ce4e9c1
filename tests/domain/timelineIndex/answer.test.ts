// @vitest-environment node
/** The columnar timeline index, through its Arrow files, against the query engine over records. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexDataset } from '../../../src/domain/dataset/index.ts';
import type { DatasetIndex } from '../../../src/domain/dataset/index.ts';
import {
  densityBuckets,
  facetCounts,
  groupByYearAndMonth,
  filterRecords,
  organisationCounts,
  undatedLeftOut,
  unplacedOnDensityScale,
  defaultFilters,
  activeFilterChips,
  serializeTimelineFilters,
  type TimelineFilters,
} from '../../../src/domain/query/index.ts';
import {
  answerQuery,
  columnBitsets,
  countMatches,
  decodeOrganisationIds,
  decodeTimelineTables,
  encodeTimelineTables,
  timelineColumns,
} from '../../../src/domain/timelineIndex/index.ts';
import { filterStatuses, recordTypes } from '../../../src/domain/records/index.ts';
import { generateDataset } from '../../../src/tools/synth/generate.ts';
import { loadSectors } from '../../../src/tools/synth/write.ts';
import { realData } from '../../support/realData.ts';

/** The index as the worker has it: through the Arrow files and back, with the search of the same rows. */
function viaFiles(index: DatasetIndex) {
  const { columns, vocabularies } = timelineColumns(index.records);
  const tables = encodeTimelineTables(columns, vocabularies.organisations);
  const decoded = decodeTimelineTables(tables);
  const ids = decodeOrganisationIds(tables.organisationIds);
  // Row r is index.records[r], the search index's position r: the records' own search answers for the rows.
  const search = index.records[0]?.search.index ?? null;
  return columnBitsets(decoded, { ...vocabularies, organisations: ids }, search);
}

const sorted = (map: Map<string, number>) => [...map].sort(([a], [b]) => (a < b ? -1 : 1));

function agree(index: DatasetIndex, bitsets: ReturnType<typeof viaFiles>, filters: TimelineFilters): void {
  const answer = answerQuery(bitsets, filters);
  const expected = filterRecords(index.records, filters);
  const keyOf = (i: number) => `${index.records[i]!.type}:${index.records[i]!.id}`;
  expect(Array.from(answer.rows, keyOf)).toEqual(expected.map((r) => `${r.type}:${r.id}`));
  // The month groups the page draws headings from, as the list of records groups them.
  expect(answer.groups).toEqual(groupByYearAndMonth(expected).map((group) => ({ key: group.key, count: group.records.length })));
  expect(countMatches(bitsets, filters)).toBe(expected.length);
  const facets = facetCounts(index.records, filters);
  for (const key of Object.keys(facets) as Array<keyof typeof facets>) expect(sorted(answer.facets[key])).toEqual(sorted(facets[key]));
  expect(sorted(answer.organisations)).toEqual(sorted(organisationCounts(index.records, filters)));
  expect(answer.density).toEqual(densityBuckets(index.records, filters));
  expect(answer.unplaced).toBe(unplacedOnDensityScale(index.records, filters));
  expect(answer.undatedLeftOut).toBe(undatedLeftOut(index.records, filters));
  // With no match, each filter left out alone: the count the no-matches message offers.
  for (const chip of expected.length === 0 ? activeFilterChips(filters, { sector: (id) => id, organisation: (id) => id }) : []) {
    expect(answer.withoutOneFilter.get(serializeTimelineFilters(chip.without))).toBe(filterRecords(index.records, chip.without).length);
  }
  if (expected.length > 0) expect(answer.withoutOneFilter.size).toBe(0);
}

/** Filters drawn from the values the data has (and a few it has not). */
function filtersFor(index: DatasetIndex): fc.Arbitrary<TimelineFilters> {
  const countries = [...index.countryRecordCounts.keys(), 'ZZ'];
  const sectors = [...index.sectorsById.keys()];
  const organisations = index.raw.organisations.map((o) => o.id).slice(0, 200);
  const some = <T,>(values: readonly T[]): fc.Arbitrary<T[]> => fc.uniqueArray(fc.constantFrom(...values), { maxLength: 2 });
  const bound = fc.option(
    fc.tuple(fc.integer({ min: 1995, max: 2026 }), fc.option(fc.integer({ min: 1, max: 12 }))).map(([y, m]) => (m === null ? String(y) : `${y}-${String(m).padStart(2, '0')}`)),
  );
  return fc.record({
    q: fc.constantFrom('', '', '', 'energy', 'cooperation 2', '成都', 'chengdu'),
    types: some(recordTypes),
    countries: some(countries),
    sectors: some(sectors),
    orgs: organisations.length > 0 ? some(organisations) : fc.constant<string[]>([]),
    origins: some(countries),
    hosts: some(countries),
    statuses: some(filterStatuses),
    excludedCountries: some(countries),
    excludedTypes: some(recordTypes),
    from: bound,
    to: bound,
    sort: fc.constantFrom('newest' as const, 'oldest' as const),
    includeUndated: fc.boolean(),
  }).map(({ excludedCountries, excludedTypes, ...rest }) => ({
    ...defaultFilters,
    ...rest,
    excluded: { ...defaultFilters.excluded, countries: excludedCountries, types: excludedTypes },
  }));
}

describe('the timeline index read from its Arrow files', () => {
  it('answers every query as filterRecords does on the real data', () => {
    const index = indexDataset(realData().dataset);
    const bitsets = viaFiles(index);
    agree(index, bitsets, defaultFilters);
    agree(index, bitsets, { ...defaultFilters, sort: 'oldest' });
    fc.assert(fc.property(filtersFor(index), (filters) => agree(index, bitsets, filters)), { numRuns: 150 });
  });

  it('answers every query as filterRecords does on 2,000 synthetic records', () => {
    const { dataset } = generateDataset({ records: 2000, seed: 7, sectors: loadSectors() });
    const index = indexDataset(dataset);
    const bitsets = viaFiles(index);
    fc.assert(fc.property(filtersFor(index), (filters) => agree(index, bitsets, filters)), { numRuns: 150 });
  });

  it('reads the rows without their organisations as having none', () => {
    const index = indexDataset(realData().dataset);
    const { columns, vocabularies } = timelineColumns(index.records);
    const { organisations: _left, organisationIds: _out, ...first } = encodeTimelineTables(columns, vocabularies.organisations);
    const decoded = decodeTimelineTables(first);
    expect(decoded.rows).toBe(index.records.length);
    expect(decoded.lists.organisations.values).toHaveLength(0);
    expect(Array.from(decoded.sortKey)).toEqual(index.records.map((r) => r.sortKey ?? -1));
    expect(Array.from(decoded.lists.countries.offsets)).toEqual(Array.from(columns.lists.countries.offsets));
  });
});
