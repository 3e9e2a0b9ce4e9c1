import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundToMonth } from '../../../src/domain/records/dates.ts';
import { countryName } from '../../../src/domain/records/countries.ts';
import { filterStatuses, filterStatusOf } from '../../../src/domain/records/recordStatus.ts';
import { indexDataset } from '../../../src/domain/dataset/dataset.ts';
import { sortRecords } from '../../../src/domain/dataset/recordOrder.ts';
import { type DatasetIndex, type TimelineRecord } from '../../../src/domain/dataset/timelineRecord.ts';
import { densityBuckets, facetCounts, filterRecords, undatedLeftOut } from '../../../src/domain/query/filterRecords.ts';
import { defaultFilters, type FacetKey, type TimelineFilters } from '../../../src/domain/query/filters.ts';
import { matchesTokens, normaliseForSearch, searchTokens } from '../../../src/domain/search/text.ts';
import type { RawDataset } from '../../../src/domain/records/types.ts';
import { generateDataset } from '../../../src/tools/synth/generate.ts';
import { realData } from '../../support/realData.ts';

/**
 * What the search box matches a record against, as one string, straight from the raw data: its title,
 * summary and other fields normalised together, and each of its organisations' names, joined by "\0".
 */
function plainSearchText(index: DatasetIndex, record: TimelineRecord): string {
  const personText = (id: string) => {
    const person = index.peopleById.get(id);
    return person ? [person.name, ...Object.values(person.names), person.transliteration ?? ''].join(' ') : '';
  };
  const organisationText = (id: string) => {
    const org = index.organisationsById.get(id);
    return org ? [org.name, ...Object.values(org.names), ...org.aliases].join(' ') : '';
  };
  type Place = { venue?: string | null; city?: string | null; region?: string | null; country: string | null };
  const placeText = (p: Place | undefined) => (p ? [p.venue ?? '', p.city ?? '', p.region ?? '', p.country ? countryName(p.country) : ''].join(' ') : '');
  let fields: string[];
  if (record.type === 'event') {
    const e = index.eventsById.get(record.id)!;
    fields = [e.title, e.summary, ...Object.values(e.names), ...e.people.map((p) => personText(p.person)), (e.series ? index.raw.series.find((s) => s.id === e.series)?.title : undefined) ?? '', ...(e.unnamedParticipants ?? []).map((u) => u.description), placeText(e.location)];
  } else if (record.type === 'delegation') {
    const d = index.delegationsById.get(record.id)!;
    fields = [d.title, d.summary, ...Object.values(d.names), d.purpose, ...d.stops.map((s) => s.place), ...(d.unnamedParticipants ?? []).map((u) => u.description), placeText(d.from), ...d.to.map(placeText), ...d.stops.map(placeText)];
  } else {
    const a = index.agreementsById.get(record.id)!;
    fields = [a.title, a.summary, ...Object.values(a.names), a.unnamedParties ?? '', ...(a.unnamedParticipants ?? []).map((u) => u.description), placeText(a.event ? index.eventsById.get(a.event)?.location : undefined)];
  }
  const organisations = [...new Set(record.organisations.map((o) => o.id))].map((id) => normaliseForSearch(organisationText(id)));
  return [normaliseForSearch(fields.join(' \u0000 ')), ...organisations].join(' \u0000 ');
}

/** The plain definition of the filters, record by record: what the bitset engine must agree with. */
function matcher(index: DatasetIndex) {
  const texts = new Map(index.records.map((r) => [r, plainSearchText(index, r)]));
  // A facet passes when the record has one of its chosen values (or none is chosen) and none of its left-out values.
  const facet = (values: readonly string[], chosen: readonly string[], excluded: readonly string[]) =>
    (chosen.length === 0 || values.some((v) => chosen.includes(v))) && !values.some((v) => excluded.includes(v));
  return (record: TimelineRecord, filters: TimelineFilters, skip?: Exclude<FacetKey, 'orgs'>): boolean => {
    const tokens = searchTokens(filters.q);
    const from = filters.from ? boundToMonth(filters.from, 'first') : null;
    const to = filters.to ? boundToMonth(filters.to, 'last') : null;
    const x = filters.excluded;
    return (
      (tokens.length === 0 || matchesTokens(texts.get(record)!, tokens)) &&
      (skip === 'types' || facet([record.type], filters.types, x.types)) &&
      (skip === 'countries' || facet(record.countries, filters.countries, x.countries)) &&
      (skip === 'sectors' || facet(record.sectors, filters.sectors, x.sectors)) &&
      (skip === 'origins' || facet(record.geo.origins, filters.origins, x.origins)) &&
      (skip === 'hosts' || facet(record.geo.hosts, filters.hosts, x.hosts)) &&
      (skip === 'statuses' || facet([filterStatusOf(record)], filters.statuses, x.statuses)) &&
      facet(record.organisations.map((o) => o.id), filters.orgs, x.orgs) &&
      (from === null && to === null
        ? true
        : record.span === null
          ? filters.includeUndated
          : (from === null || record.span.last >= from) && (to === null || record.span.first <= to))
    );
  };
}

function oracleCounts(records: readonly TimelineRecord[], matches: ReturnType<typeof matcher>, filters: TimelineFilters, facet: Exclude<FacetKey, 'orgs'>) {
  const counts = new Map<string, number>();
  for (const record of records) {
    if (!matches(record, filters, facet)) continue;
    const values = facet === 'types' ? [record.type] : facet === 'countries' ? record.countries : facet === 'sectors' ? record.sectors : facet === 'statuses' ? [filterStatusOf(record)] : record.geo[facet];
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** Filters over the dataset's own values; search text from fixed queries and from pieces of the records' words. */
function filtersFor(index: DatasetIndex, texts: string[]): fc.Arbitrary<TimelineFilters> {
  const pick = <T,>(values: T[]) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: 3 });
  const bound = fc.option(
    fc.oneof(
      fc.integer({ min: 2010, max: 2027 }).map(String),
      fc.tuple(fc.integer({ min: 2018, max: 2026 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    ),
    { nil: null },
  );
  const words = [...new Set(texts.flatMap((t) => t.split(' ')))].filter((w) => w !== '');
  const pieceOfWord = fc
    .tuple(fc.constantFrom(...words), fc.nat(), fc.integer({ min: 1, max: 6 }))
    .map(([word, start, length]) => word.slice(start % word.length, (start % word.length) + length));
  const q = fc.oneof(
    fc.constantFrom('', 'kone', '通力', 'chengdu finland', 'vasteras', 'x-no-match', 'opening', 'e', '\u0000', '  ,  '),
    pieceOfWord,
    fc.array(pieceOfWord, { minLength: 2, maxLength: 3 }).map((pieces) => pieces.join(' ')),
  );
  const orgIds = [...new Set(index.records.flatMap((r) => r.organisations.map((o) => o.id)))].slice(0, 40);
  const countries = [...index.countryRecordCounts.keys()];
  // Mostly nothing left out, so the other filters still select something.
  const sometimes = <T,>(values: fc.Arbitrary<T[]>) => fc.oneof({ weight: 3, arbitrary: fc.constant([] as T[]) }, { weight: 1, arbitrary: values });
  return fc.record({
    q,
    types: pick(['event', 'delegation', 'agreement'] as const).map((t) => [...t]),
    countries: pick(countries),
    sectors: pick([...index.sectorsById.keys()]),
    orgs: pick(['kone', 'business-finland', 'chengdu', 'nokia', ...orgIds]),
    origins: sometimes(pick(countries)),
    hosts: sometimes(pick(countries)),
    excluded: fc.record({
      types: sometimes(pick(['event', 'delegation', 'agreement'])),
      countries: sometimes(pick(countries)),
      sectors: sometimes(pick([...index.sectorsById.keys()])),
      orgs: sometimes(pick(['kone', 'business-finland', ...orgIds])),
      origins: sometimes(pick(countries)),
      hosts: sometimes(pick(countries)),
      statuses: sometimes(pick([...filterStatuses])),
    }),
    from: bound,
    to: bound,
    sort: fc.constantFrom('newest' as const, 'oldest' as const),
    statuses: pick([...filterStatuses]),
    includeUndated: fc.boolean(),
  });
}

const datasets: Array<[string, () => RawDataset]> = [
  ['the real data', () => realData().dataset],
  // Names with diacritics, CJK, Cyrillic, Arabic…, records sharing dates and titles, organisations in many records.
  ['synthetic data', () => generateDataset({ records: 500, seed: 11, sectors: realData().dataset.sectors }).dataset],
];

describe.each(datasets)('bitset filtering agrees with the plain definition, on %s', (_, dataset) => {
  const index = indexDataset(dataset());
  const { records } = index;
  const matches = matcher(index);
  const filtersArbitrary = filtersFor(
    index,
    records.map((r) => plainSearchText(index, r)),
  );

  it('gives every record exactly the words of its plain search text', () => {
    for (const record of records) {
      const words = new Set(plainSearchText(index, record).split(' ').filter((w) => w !== ''));
      expect(new Set(record.search.index.wordsOf(record.search.document))).toEqual(words);
    }
  });

  it('selects the same records, in the same order, for any filters', () => {
    fc.assert(
      fc.property(filtersArbitrary, (filters) => {
        const expected = sortRecords(records.filter((r) => matches(r, filters)), filters.sort);
        expect(filterRecords(records, filters).map((r) => r.id)).toEqual(expected.map((r) => r.id));
      }),
      { numRuns: 300 },
    );
  });

  it('counts each facet with the other filters applied, for any filters', () => {
    fc.assert(
      fc.property(filtersArbitrary, (filters) => {
        const counts = facetCounts(records, filters);
        expect(counts.types).toEqual(oracleCounts(records, matches, filters, 'types'));
        expect(counts.countries).toEqual(oracleCounts(records, matches, filters, 'countries'));
        expect(counts.sectors).toEqual(oracleCounts(records, matches, filters, 'sectors'));
        expect(counts.origins).toEqual(oracleCounts(records, matches, filters, 'origins'));
        expect(counts.hosts).toEqual(oracleCounts(records, matches, filters, 'hosts'));
        expect(counts.statuses).toEqual(oracleCounts(records, matches, filters, 'statuses'));
        const undated = records.filter((r) => r.span === null && matches(r, { ...filters, from: null, to: null })).length;
        const dateSet = filters.from !== null || filters.to !== null;
        expect(undatedLeftOut(records, filters)).toBe(dateSet && !filters.includeUndated ? undated : 0);
      }),
      { numRuns: 300 },
    );
  });

  it('filters any sublist of the records, in any order, as it filters them one by one', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(records as TimelineRecord[]), filtersArbitrary, (sublist, filters) => {
        const expected = sortRecords(sublist.filter((r) => matches(r, filters)), filters.sort);
        expect(filterRecords(sublist, filters).map((r) => r.id)).toEqual(expected.map((r) => r.id));
        const years = densityBuckets(sublist, filters).reduce((sum, b) => sum + b.count, 0);
        const placed = sublist.filter((r) => r.sortKey !== null && matches(r, { ...filters, from: null, to: null }));
        if (filters.from === null || filters.to === null || filters.from.slice(0, 4) !== filters.to.slice(0, 4)) expect(years).toBe(placed.length);
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same text matches when a query is typed letter by letter as when it is typed at once', () => {
    const base: TimelineFilters = { ...defaultFilters };
    const typed = 'chengdu finland';
    for (let end = 1; end <= typed.length; end += 1) filterRecords(records, { ...base, q: typed.slice(0, end) });
    const incremental = filterRecords(records, { ...base, q: typed }).map((r) => r.id);
    const fresh = records.filter((r) => matches(r, { ...base, q: typed })).map((r) => r.id);
    expect(incremental).toEqual(fresh);
  });
});

it('finds records on the real data by words typed letter by letter', () => {
  const index = indexDataset(realData().dataset);
  const base: TimelineFilters = { ...defaultFilters };
  for (let end = 1; end <= 'chengdu finland'.length; end += 1) filterRecords(index.records, { ...base, q: 'chengdu finland'.slice(0, end) });
  expect(filterRecords(index.records, { ...base, q: 'chengdu finland' }).length).toBeGreaterThan(0);
});
