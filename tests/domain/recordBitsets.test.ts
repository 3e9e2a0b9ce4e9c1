import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundToMonth } from '../../src/domain/dates.ts';
import { indexDataset, sortRecords, type TimelineRecord } from '../../src/domain/dataset.ts';
import { facetCounts, filterRecords } from '../../src/domain/filterRecords.ts';
import type { TimelineFilters } from '../../src/domain/filters.ts';
import { matchesTokens, searchTokens } from '../../src/domain/text.ts';
import { realData } from '../support/realData.ts';

/** The plain definition of the filters, record by record: what the bitset engine must agree with. */
function matches(record: TimelineRecord, filters: TimelineFilters, skip?: 'types' | 'countries' | 'sectors'): boolean {
  const tokens = searchTokens(filters.q);
  const from = filters.from ? boundToMonth(filters.from, 'first') : null;
  const to = filters.to ? boundToMonth(filters.to, 'last') : null;
  return (
    (tokens.length === 0 || matchesTokens(record.searchText, tokens)) &&
    (skip === 'types' || filters.types.length === 0 || filters.types.includes(record.type)) &&
    (skip === 'countries' || filters.countries.length === 0 || record.countries.some((c) => filters.countries.includes(c))) &&
    (skip === 'sectors' || filters.sectors.length === 0 || record.sectors.some((s) => filters.sectors.includes(s))) &&
    (filters.orgs.length === 0 || record.organisations.some((o) => filters.orgs.includes(o.id))) &&
    (from === null && to === null
      ? true
      : record.span !== null && (from === null || record.span.last >= from) && (to === null || record.span.first <= to))
  );
}

function oracleCounts(records: readonly TimelineRecord[], filters: TimelineFilters, facet: 'types' | 'countries' | 'sectors') {
  const counts = new Map<string, number>();
  for (const record of records) {
    if (!matches(record, filters, facet)) continue;
    const values = facet === 'types' ? [record.type] : facet === 'countries' ? record.countries : record.sectors;
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

describe('bitset filtering agrees with the plain definition', () => {
  const index = indexDataset(realData().dataset);
  const { records } = index;
  const pick = <T,>(values: T[]) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: 3 });
  const bound = fc.option(fc.oneof(fc.integer({ min: 2010, max: 2027 }).map(String), fc.tuple(fc.integer({ min: 2018, max: 2026 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`)), { nil: null });
  const filtersArbitrary: fc.Arbitrary<TimelineFilters> = fc.record({
    q: fc.constantFrom('', 'kone', '通力', 'chengdu finland', 'vasteras', 'x-no-match', 'opening'),
    types: pick(['event', 'delegation', 'agreement'] as const).map((t) => [...t]),
    countries: pick([...index.countryRecordCounts.keys()]),
    sectors: pick([...index.sectorsById.keys()]),
    orgs: pick(['kone', 'business-finland', 'chengdu', 'chengdu-foreign-affairs-office', 'nokia']),
    from: bound,
    to: bound,
    sort: fc.constantFrom('newest' as const, 'oldest' as const),
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
        expect(counts.types).toEqual(oracleCounts(records, filters, 'types'));
        expect(counts.countries).toEqual(oracleCounts(records, filters, 'countries'));
        expect(counts.sectors).toEqual(oracleCounts(records, filters, 'sectors'));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same text matches when a query is typed letter by letter as when it is typed at once', () => {
    const base: TimelineFilters = { q: '', types: [], countries: [], sectors: [], orgs: [], from: null, to: null, sort: 'newest' };
    const typed = 'chengdu finland';
    for (let end = 1; end <= typed.length; end += 1) filterRecords(records, { ...base, q: typed.slice(0, end) });
    const incremental = filterRecords(records, { ...base, q: typed }).map((r) => r.id);
    const fresh = records.filter((r) => matches(r, { ...base, q: typed })).map((r) => r.id);
    expect(incremental).toEqual(fresh);
    expect(incremental.length).toBeGreaterThan(0);
  });
});
