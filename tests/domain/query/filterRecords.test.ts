import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset/dataset.ts';
import { recordKey, type TimelineRecord } from '../../../src/domain/dataset/timelineRecord.ts';
import { dateSortKey, monthSpan } from '../../../src/domain/records/dates.ts';
import { densityBuckets, facetCounts, filterRecords, groupByYearAndMonth, undatedLeftOut } from '../../../src/domain/query/filterRecords.ts';
import { defaultFilters, type TimelineFilters } from '../../../src/domain/query/filters.ts';
import { searchDocument } from '../../../src/domain/search/searchIndex.ts';
import type { RecordDate, RecordType } from '../../../src/domain/records/types.ts';
import { realData } from '../../support/realData.ts';

function rec(
  id: string,
  start: string | null,
  extra: Partial<Omit<TimelineRecord, 'date'>> & { end?: string; type?: RecordType; orgs?: string[] } = {},
): TimelineRecord {
  const date: RecordDate = { start, end: extra.end ?? null };
  const { orgs = [], type = 'event', ...rest } = extra;
  return {
    type,
    id,
    title: `Record ${id}`,
    kind: type === 'event' ? 'meeting' : type,
    status: 'took-place',
    date,
    sortKey: dateSortKey(date),
    span: monthSpan(date),
    place: null,
    online: false,
    countries: [],
    geo: { origins: [], hosts: [], pairs: [], places: [] },
    sectors: [],
    organisations: orgs.map((o) => ({ id: o, role: 'participant' })),
    summary: '',
    evidence: [],
    search: searchDocument([`Record ${id}`, rest.summary ?? '']),
    ...rest,
  };
}

const f = (overrides: Partial<TimelineFilters>): TimelineFilters => ({ ...defaultFilters, ...overrides });
const ids = (records: readonly TimelineRecord[]) => records.map((r) => r.id);

const records: TimelineRecord[] = [
  rec('fi-health', '2025-12-04', { countries: ['CN', 'FI'], sectors: ['healthcare'], orgs: ['kone'] }),
  rec('se-energy', '2025-09', { type: 'delegation', countries: ['SE'], sectors: ['clean-energy'] }),
  rec('fi-energy', '2024-11-18', { type: 'agreement', countries: ['FI'], sectors: ['clean-energy', 'healthcare'] }),
  rec('dk-year', '2024', { countries: ['DK'], sectors: ['healthcare'], orgs: ['kone', 'aalto'] }),
  rec('range', '2020-12-21', { end: '2021-01-02', countries: ['CN'], summary: 'Online conference' }),
  rec('no-year', null, { countries: ['FI'], sectors: ['healthcare'] }),
];

describe('filterRecords', () => {
  it('returns everything, newest first with unknown dates last, when no filter is set', () => {
    expect(ids(filterRecords(records, defaultFilters))).toEqual(['fi-health', 'se-energy', 'fi-energy', 'dk-year', 'range', 'no-year']);
  });

  it('sorts oldest first on request, still keeping unknown dates last', () => {
    expect(ids(filterRecords(records, f({ sort: 'oldest' })))).toEqual(['range', 'dk-year', 'fi-energy', 'se-energy', 'fi-health', 'no-year']);
  });

  it('combines values of one filter with OR', () => {
    expect(ids(filterRecords(records, f({ countries: ['SE', 'DK'] })))).toEqual(['se-energy', 'dk-year']);
    expect(ids(filterRecords(records, f({ types: ['delegation', 'agreement'] })))).toEqual(['se-energy', 'fi-energy']);
  });

  it('combines different filters with AND', () => {
    expect(ids(filterRecords(records, f({ countries: ['FI'], sectors: ['healthcare'] })))).toEqual(['fi-health', 'fi-energy', 'no-year']);
    expect(ids(filterRecords(records, f({ countries: ['FI'], sectors: ['healthcare'], types: ['event'] })))).toEqual([
      'fi-health',
      'no-year',
    ]);
    expect(ids(filterRecords(records, f({ orgs: ['kone'], countries: ['DK'] })))).toEqual(['dk-year']);
  });

  it('matches the search against the record text, every word, ignoring case', () => {
    expect(ids(filterRecords(records, f({ q: 'ONLINE conference' })))).toEqual(['range']);
    expect(ids(filterRecords(records, f({ q: 'online meeting' })))).toEqual([]);
  });

  describe('date range', () => {
    it('keeps a record whose dates overlap the range', () => {
      // The 2020-12-21 – 2021-01-02 conference reaches into January 2021.
      expect(ids(filterRecords(records, f({ from: '2021', to: '2021' })))).toEqual(['range']);
      expect(ids(filterRecords(records, f({ from: '2021-02' })))).toEqual(['fi-health', 'se-energy', 'fi-energy', 'dk-year']);
    });

    it('keeps a year-only record for any month of its year, since it may fall there', () => {
      expect(ids(filterRecords(records, f({ from: '2024-03', to: '2024-03' })))).toEqual(['dk-year']);
      expect(ids(filterRecords(records, f({ from: '2024-11', to: '2024-11' })))).toEqual(['fi-energy', 'dk-year']);
    });

    it('treats month bounds as whole months, inclusive at both ends', () => {
      expect(ids(filterRecords(records, f({ from: '2025-09', to: '2025-12' })))).toEqual(['fi-health', 'se-energy']);
      expect(ids(filterRecords(records, f({ to: '2025-11' })))).toEqual(['se-energy', 'fi-energy', 'dk-year', 'range']);
    });

    it('leaves out records with no known year once any bound is set', () => {
      expect(ids(filterRecords(records, f({ from: '1900' })))).not.toContain('no-year');
      expect(ids(filterRecords(records, f({ to: '2100' })))).not.toContain('no-year');
    });
  });
});

describe('facetCounts', () => {
  it('counts every value over all records when nothing is filtered', () => {
    const counts = facetCounts(records, defaultFilters);
    expect(Object.fromEntries(counts.types)).toEqual({ event: 4, delegation: 1, agreement: 1 });
    expect(Object.fromEntries(counts.countries)).toEqual({ CN: 2, FI: 3, SE: 1, DK: 1 });
    expect(Object.fromEntries(counts.sectors)).toEqual({ healthcare: 4, 'clean-energy': 2 });
  });

  it('leaves a facet’s own selection out of its counts, so other values still show what they would add', () => {
    const counts = facetCounts(records, f({ countries: ['FI'] }));
    expect(Object.fromEntries(counts.countries)).toEqual({ CN: 2, FI: 3, SE: 1, DK: 1 });
    // The other facets are counted within Finland.
    expect(Object.fromEntries(counts.types)).toEqual({ event: 2, agreement: 1 });
    expect(Object.fromEntries(counts.sectors)).toEqual({ healthcare: 3, 'clean-energy': 1 });
  });

  it('applies every other filter, search and dates included', () => {
    const counts = facetCounts(records, f({ sectors: ['clean-energy'], from: '2025' }));
    expect(Object.fromEntries(counts.countries)).toEqual({ SE: 1 });
    expect(Object.fromEntries(counts.sectors)).toEqual({ healthcare: 1, 'clean-energy': 1 });
    expect(Object.fromEntries(facetCounts(records, f({ q: 'online' })).countries)).toEqual({ CN: 1 });
  });

  it('gives counts that match what ticking the value would add', () => {
    const filters = f({ types: ['event'], sectors: ['healthcare'] });
    const counts = facetCounts(records, filters);
    for (const [country, count] of counts.countries) {
      expect(filterRecords(records, { ...filters, countries: [country] })).toHaveLength(count);
    }
  });
});

describe('densityBuckets', () => {
  it('counts per year from the first to the last year, empty years included', () => {
    expect(densityBuckets(records, defaultFilters)).toEqual([
      { key: '2020', label: '2020', count: 1 },
      { key: '2021', label: '2021', count: 0 },
      { key: '2022', label: '2022', count: 0 },
      { key: '2023', label: '2023', count: 0 },
      { key: '2024', label: '2024', count: 2 },
      { key: '2025', label: '2025', count: 2 },
    ]);
  });

  it('ignores the date range itself but honours the other filters', () => {
    expect(densityBuckets(records, f({ countries: ['FI'], from: '2025', to: '2026' }))).toEqual([
      { key: '2024', label: '2024', count: 1 },
      { key: '2025', label: '2025', count: 1 },
    ]);
  });

  it('counts per month when the range lies within one year, by the month each record starts', () => {
    const months = densityBuckets(records, f({ from: '2025-09', to: '2025' }));
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ key: '2025-01', label: 'January 2025', count: 0 });
    expect(months.filter((b) => b.count > 0)).toEqual([
      { key: '2025-09', label: 'September 2025', count: 1 },
      { key: '2025-12', label: 'December 2025', count: 1 },
    ]);
  });

  it('is empty when no matching record has a known year', () => {
    expect(densityBuckets([records[5]!], defaultFilters)).toEqual([]);
  });
});

describe('groupByYearAndMonth', () => {
  it('groups by month in the given order, a year-only group after its months, unknown last', () => {
    const groups = groupByYearAndMonth(filterRecords(records, defaultFilters));
    expect(groups.map((g) => [g.key, g.label, ids(g.records)])).toEqual([
      ['2025-12', 'December 2025', ['fi-health']],
      ['2025-09', 'September 2025', ['se-energy']],
      ['2024-11', 'November 2024', ['fi-energy']],
      ['2024', '2024 — month not stated', ['dk-year']],
      ['2020-12', 'December 2020', ['range']],
      ['unknown', 'Year not stated', ['no-year']],
    ]);
  });

  it('keeps the unknown group last when sorted oldest first too', () => {
    const groups = groupByYearAndMonth(filterRecords(records, f({ sort: 'oldest' })));
    expect(groups.map((g) => g.key)).toEqual(['2020-12', '2024', '2024-11', '2025-09', '2025-12', 'unknown']);
  });
});

describe('on the real data', () => {
  const index = indexDataset(realData().dataset);

  it('never drops a record: every one is in exactly one group', () => {
    const grouped = groupByYearAndMonth(index.records).flatMap((g) => g.records);
    expect(grouped).toHaveLength(index.records.length);
    expect(new Set(grouped.map((r) => recordKey(r.type, r.id))).size).toBe(index.records.length);
  });

  it('finds KONE’s records by its English and its Chinese name', () => {
    const kone = index.recordsByOrganisation.get('kone')?.map((l) => recordKey(l.record.type, l.record.id)) ?? [];
    expect(kone.length).toBeGreaterThan(0);
    for (const q of ['kone', 'KONE', '通力']) {
      const found = filterRecords(index.records, f({ q })).map((r) => recordKey(r.type, r.id));
      expect(found).toEqual(expect.arrayContaining(kone));
    }
  });

  it('finds records by diacritic-free spelling and by a person’s name', () => {
    const vasteras = filterRecords(index.records, f({ q: 'vasteras' }));
    const västerås = filterRecords(index.records, f({ q: 'Västerås' }));
    expect(vasteras.length).toBeGreaterThan(0);
    expect(ids(vasteras)).toEqual(ids(västerås));
    for (const person of ['lauri tammi', '唐明']) {
      expect(ids(filterRecords(index.records, f({ q: person })))).toContain('chengdu-finland-dialogue-2025-12-04');
    }
  });
});

describe('status filter, undated records and places on the real data', () => {
  const index = indexDataset(realData().dataset);

  it('lists the signed agreements only with ?status=signed, and counts each status', () => {
    const signed = filterRecords(index.records, f({ types: ['agreement'], statuses: ['signed'] }));
    expect(signed.length).toBeGreaterThan(0);
    expect(signed.every((r) => r.type === 'agreement' && r.kind === 'signed')).toBe(true);
    const counts = facetCounts(index.records, f({ types: ['agreement'] })).statuses;
    const agreements = index.records.filter((r) => r.type === 'agreement');
    expect(counts.get('signed')).toBe(agreements.filter((r) => r.kind === 'signed').length);
    expect(counts.get('took-place')).toBeUndefined();
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(agreements.length);
  });

  it('says how many undated records a date range leaves out, and keeps them on request', () => {
    const range = f({ from: '2024', to: '2025' });
    const undated = index.records.filter((r) => r.span === null);
    expect(undated.length).toBeGreaterThan(0);
    expect(undatedLeftOut(index.records, range)).toBe(undated.length);
    expect(undatedLeftOut(index.records, { ...range, includeUndated: true })).toBe(0);
    const kept = filterRecords(index.records, { ...range, includeUndated: true });
    expect(kept.length).toBe(filterRecords(index.records, range).length + undated.length);
  });

  it('finds a record by the place it inherits from its event (Chengdu for the Planmeca talks)', () => {
    const found = ids(filterRecords(index.records, f({ q: 'Chengdu' })));
    expect(found).toContain('planmeca-west-china-stomatology-talks-2025');
    // A country name finds records held there, not only records naming it.
    expect(filterRecords(index.records, f({ q: 'Sweden' })).length).toBeGreaterThan(0);
  });
});
