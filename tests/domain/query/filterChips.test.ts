import { describe, expect, it } from 'vitest';
import { activeFilterChips, clearedFilters } from '../../../src/domain/query/filterChips.ts';
import { defaultFilters, type TimelineFilters } from '../../../src/domain/query/filters.ts';

const names = {
  sector: (id: string) => ({ healthcare: 'Healthcare and wellness' })[id] ?? id,
  organisation: (id: string) => ({ kone: 'KONE' })[id] ?? id,
};
const f = (overrides: Partial<TimelineFilters>): TimelineFilters => ({ ...defaultFilters, ...overrides });

describe('activeFilterChips', () => {
  it('has no chips without filters, whatever the sort order', () => {
    expect(activeFilterChips(f({ sort: 'oldest', q: '  ' }), names)).toEqual([]);
  });

  it('names every active value as a reader knows it', () => {
    const chips = activeFilterChips(
      f({ q: ' kone ', types: ['event'], countries: ['FI', 'CN'], sectors: ['healthcare'], orgs: ['kone'] }),
      names,
    );
    expect(chips.map((c) => `${c.facet} ${c.value}`)).toEqual([
      'Search “kone”',
      'Type Event',
      'Country Finland',
      'Country China',
      'Sector Healthcare and wellness',
      'Organisation KONE',
    ]);
    expect(new Set(chips.map((c) => c.id)).size).toBe(chips.length);
  });

  it('removes exactly its own value', () => {
    const filters = f({ countries: ['FI', 'CN'], types: ['event'], sort: 'oldest' });
    const finland = activeFilterChips(filters, names).find((c) => c.id === 'countries:FI')!;
    expect(finland.without).toEqual({ ...filters, countries: ['CN'] });
  });

  it('shows the date range as one chip that clears both bounds', () => {
    const [year] = activeFilterChips(f({ from: '2025', to: '2025' }), names);
    expect(year).toMatchObject({ facet: 'Date', value: '2025' });
    expect(year!.without).toMatchObject({ from: null, to: null });
    expect(activeFilterChips(f({ from: '2024-11', to: '2025-03' }), names)[0]).toMatchObject({ value: 'Nov 2024 – Mar 2025' });
    expect(activeFilterChips(f({ from: '2024-11' }), names)[0]).toMatchObject({ facet: 'From', value: 'Nov 2024' });
    expect(activeFilterChips(f({ to: '2019' }), names)[0]).toMatchObject({ facet: 'Until', value: '2019' });
  });
});

describe('clearedFilters', () => {
  it('turns every filter off but keeps the sort order', () => {
    const cleared = clearedFilters(f({ q: 'x', countries: ['FI'], from: '2020', sort: 'oldest' }));
    expect(cleared).toEqual({ ...defaultFilters, sort: 'oldest' });
  });
});
