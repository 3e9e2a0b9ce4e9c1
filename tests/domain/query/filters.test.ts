import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundToMonth } from '../../../src/domain/records/dates.ts';
import {
  defaultFilters,
  hasActiveFilters,
  parseTimelineFilters,
  serializeTimelineFilters,
  toggleFacetValue,
  type FilterVocabulary,
  type TimelineFilters,
} from '../../../src/domain/query/filters.ts';
import { recordTypes } from '../../../src/domain/records/types.ts';
import { filterStatuses } from '../../../src/domain/records/recordStatus.ts';

const vocabulary: Required<FilterVocabulary> = {
  sectors: new Set(['healthcare', 'clean-energy', 'trade-investment']),
  organisations: new Set(['kone', 'business-finland', 'west-china-hospital']),
};

const countryCodes = ['CN', 'FI', 'SE', 'DK', 'NO', 'DE', 'FR', 'US', 'JP', 'ZA'];

const bound = fc
  .tuple(fc.integer({ min: 1000, max: 9999 }), fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }))
  .map(([year, month]) => (month === undefined ? String(year) : `${year}-${String(month).padStart(2, '0')}`));

/** Filters a URL can carry unchanged: searches with visible text, known ids, from not after to. */
const validFilters: fc.Arbitrary<TimelineFilters> = fc
  .record({
    q: fc.oneof(
      fc.constant(''),
      fc.string({ minLength: 1, unit: 'grapheme' }).filter((s) => s.trim() !== ''),
      fc.constantFrom('kone', '通力', 'Västerås', 'a&b=c')),
    types: fc.uniqueArray(fc.constantFrom(...recordTypes)),
    countries: fc.uniqueArray(fc.constantFrom(...countryCodes)),
    sectors: fc.uniqueArray(fc.constantFrom(...vocabulary.sectors)),
    orgs: fc.uniqueArray(fc.constantFrom(...vocabulary.organisations)),
    origins: fc.uniqueArray(fc.constantFrom(...countryCodes)),
    hosts: fc.uniqueArray(fc.constantFrom(...countryCodes)),
    excluded: fc.record({
      types: fc.uniqueArray(fc.constantFrom(...recordTypes)).map((t) => [...t] as string[]),
      countries: fc.uniqueArray(fc.constantFrom(...countryCodes)),
      sectors: fc.uniqueArray(fc.constantFrom(...vocabulary.sectors)),
      orgs: fc.uniqueArray(fc.constantFrom(...vocabulary.organisations)),
      origins: fc.uniqueArray(fc.constantFrom(...countryCodes)),
      hosts: fc.uniqueArray(fc.constantFrom(...countryCodes)),
      statuses: fc.uniqueArray(fc.constantFrom(...filterStatuses)),
    }),
    from: fc.option(bound, { nil: null }),
    to: fc.option(bound, { nil: null }),
    sort: fc.constantFrom('newest' as const, 'oldest' as const),
    statuses: fc.uniqueArray(fc.constantFrom(...filterStatuses)),
    includeUndated: fc.boolean(),
  })
  .filter((f) => f.from === null || f.to === null || boundToMonth(f.from, 'first') <= boundToMonth(f.to, 'last'));

describe('parseTimelineFilters: never throws', () => {
  it('parses any query string without throwing and returns well-formed filters', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webQueryParameters()), (query) => {
        const { filters, ignored } = parseTimelineFilters(query, vocabulary);
        expect(filters.types.every((t) => (recordTypes as readonly string[]).includes(t))).toBe(true);
        expect(filters.sectors.every((s) => vocabulary.sectors.has(s))).toBe(true);
        expect(filters.orgs.every((o) => vocabulary.organisations.has(o))).toBe(true);
        expect(filters.countries.every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
        expect(['newest', 'oldest']).toContain(filters.sort);
        expect(filters.statuses.every((s) => (filterStatuses as readonly string[]).includes(s))).toBe(true);
        expect(new Set(filters.statuses).size).toBe(filters.statuses.length);
        expect(typeof filters.includeUndated).toBe('boolean');
        expect(Array.isArray(ignored)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('survives arbitrary key=value pairs built from the known parameter names', () => {
    const param = fc.constantFrom('q', 'type', 'country', 'sector', 'org', 'from', 'to', 'sort', 'status', 'undated', 'x', '');
    fc.assert(
      fc.property(fc.array(fc.tuple(param, fc.string({ unit: 'binary' }))), (pairs) => {
        const params = new URLSearchParams();
        for (const [key, value] of pairs) params.append(key, value);
        const { filters } = parseTimelineFilters(params, vocabulary);
        if (filters.from !== null && filters.to !== null) {
          expect(boundToMonth(filters.from, 'first')).toBeLessThanOrEqual(boundToMonth(filters.to, 'last'));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('serializeTimelineFilters → parseTimelineFilters', () => {
  it('is the identity on valid filters, with nothing ignored', () => {
    fc.assert(
      fc.property(validFilters, (filters) => {
        const parsed = parseTimelineFilters(serializeTimelineFilters(filters), vocabulary);
        expect(parsed.ignored).toEqual([]);
        expect(parsed.filters).toEqual(filters);
      }),
      { numRuns: 500 },
    );
  });

  it('is canonical: serialising a parsed URL again gives the same string', () => {
    fc.assert(
      fc.property(validFilters, (filters) => {
        const once = serializeTimelineFilters(filters);
        expect(serializeTimelineFilters(parseTimelineFilters(once, vocabulary).filters)).toBe(once);
      }),
    );
  });

  it('writes parameters in a fixed order and leaves defaults out', () => {
    const filters: TimelineFilters = {
      ...defaultFilters,
      sort: 'oldest',
      to: '2025',
      orgs: ['kone'],
      q: 'elevator',
      countries: ['FI', 'CN'],
      types: ['event'],
    };
    expect(serializeTimelineFilters(filters)).toBe('q=elevator&type=event&country=FI&country=CN&org=kone&to=2025&sort=oldest');
    expect(serializeTimelineFilters(defaultFilters)).toBe('');
    expect(serializeTimelineFilters({ ...defaultFilters, q: '   ' })).toBe('');
  });
});

describe('parseTimelineFilters: ignored values and their reasons', () => {
  const ignoredOf = (query: string) => parseTimelineFilters(query, vocabulary).ignored;

  it('keeps the valid values and reports each invalid one with a reason', () => {
    const { filters, ignored } = parseTimelineFilters(
      'type=event&type=meeting&country=fi&country=XX&country=Finland&sector=healthcare&sector=space&org=kone&org=nokia',
      vocabulary,
    );
    expect(filters.types).toEqual(['event']);
    expect(filters.countries).toEqual(['FI']);
    expect(filters.sectors).toEqual(['healthcare']);
    expect(filters.orgs).toEqual(['kone']);
    expect(ignored).toEqual([
      { param: 'type', value: 'meeting', reason: 'not a record type (event, delegation, agreement)' },
      { param: 'country', value: 'XX', reason: 'not an ISO 3166-1 alpha-2 country code' },
      { param: 'country', value: 'Finland', reason: 'not an ISO 3166-1 alpha-2 country code' },
      { param: 'sector', value: 'space', reason: 'no such sector' },
      { param: 'org', value: 'nokia', reason: 'no such organisation' },
    ]);
  });

  it('rejects codes that are not countries, such as EU and UN', () => {
    expect(ignoredOf('country=EU&country=UN').map((i) => i.value)).toEqual(['EU', 'UN']);
  });

  it('accepts years and months as bounds and rejects other date shapes', () => {
    expect(parseTimelineFilters('from=2024&to=2025-03').filters).toMatchObject({ from: '2024', to: '2025-03' });
    expect(ignoredOf('from=2025-13&to=25&from=2025-1-01')).toEqual([
      { param: 'from', value: '2025-13', reason: 'not a year (YYYY) or month (YYYY-MM)' },
      { param: 'to', value: '25', reason: 'not a year (YYYY) or month (YYYY-MM)' },
      { param: 'from', value: '2025-1-01', reason: 'not a year (YYYY) or month (YYYY-MM)' },
    ]);
  });

  it('drops a "to" that ends before "from" starts, and says why', () => {
    const { filters, ignored } = parseTimelineFilters('from=2025-06&to=2025-05');
    expect(filters).toMatchObject({ from: '2025-06', to: null });
    expect(ignored).toEqual([{ param: 'to', value: '2025-05', reason: 'is before from={from}', reasonValues: { from: '2025-06' } }]);
    // The same year as both bounds is a one-year range, not back to front.
    expect(parseTimelineFilters('from=2025-06&to=2025').ignored).toEqual([]);
  });

  it('reports unknown parameters and bad sort orders', () => {
    expect(ignoredOf('utm_source=mail&sort=random')).toEqual([
      { param: 'utm_source', value: 'mail', reason: 'unknown parameter' },
      { param: 'sort', value: 'random', reason: 'sort is newest or oldest' },
    ]);
  });

  it('collapses repeated values', () => {
    expect(parseTimelineFilters('country=FI&country=fi&type=event&type=event').filters).toMatchObject({
      countries: ['FI'],
      types: ['event'],
    });
  });

  it('without a vocabulary accepts any sector and organisation id', () => {
    expect(parseTimelineFilters('sector=anything&org=anyone').filters).toMatchObject({ sectors: ['anything'], orgs: ['anyone'] });
  });

  it('with sectors but no organisations yet (the timeline before their names load) checks only sectors', () => {
    const { filters, ignored } = parseTimelineFilters('sector=space&sector=healthcare&org=anyone', { sectors: vocabulary.sectors });
    expect(filters).toMatchObject({ sectors: ['healthcare'], orgs: ['anyone'] });
    expect(ignored).toEqual([{ param: 'sector', value: 'space', reason: 'no such sector' }]);
  });
});

describe('status and undated parameters', () => {
  it('reads ?status= values for every kind of record and reports unknown ones', () => {
    const { filters, ignored } = parseTimelineFilters('status=signed&status=took-place&status=done&status=signed&undated=include');
    expect(filters.statuses).toEqual(['signed', 'took-place']);
    expect(filters.includeUndated).toBe(true);
    expect(ignored.map((i) => i.value)).toEqual(['done']);
    expect(parseTimelineFilters('undated=yes').ignored).toEqual([{ param: 'undated', value: 'yes', reason: 'undated is include' }]);
  });

  it('writes statuses with the other facets, and the undated choice last', () => {
    expect(serializeTimelineFilters({ ...defaultFilters, types: ['agreement'], statuses: ['signed', 'memorandum'], from: '2024', includeUndated: true })).toBe(
      'type=agreement&status=signed&status=memorandum&from=2024&undated=include',
    );
    expect(hasActiveFilters({ ...defaultFilters, statuses: ['planned'] })).toBe(true);
    expect(hasActiveFilters({ ...defaultFilters, includeUndated: true })).toBe(false);
  });
});

describe('toggleFacetValue and hasActiveFilters', () => {
  it('adds a value that is off and removes one that is on', () => {
    const on = toggleFacetValue(defaultFilters, 'countries', 'FI');
    expect(on.countries).toEqual(['FI']);
    expect(toggleFacetValue(on, 'countries', 'FI').countries).toEqual([]);
  });

  it('counts searches with text, facets and dates as filters, but not the sort order', () => {
    expect(hasActiveFilters(defaultFilters)).toBe(false);
    expect(hasActiveFilters({ ...defaultFilters, sort: 'oldest' })).toBe(false);
    expect(hasActiveFilters({ ...defaultFilters, q: '  ' })).toBe(false);
    expect(hasActiveFilters({ ...defaultFilters, q: 'kone' })).toBe(true);
    expect(hasActiveFilters({ ...defaultFilters, to: '2020' })).toBe(true);
  });
});
