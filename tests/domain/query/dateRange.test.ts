import { describe, expect, it } from 'vitest';
import { boundParts, formatBound, joinBound, withDateBound } from '../../../src/domain/query/dateRange.ts';
import { defaultFilters } from '../../../src/domain/query/filters.ts';

describe('date range bounds', () => {
  it('splits a bound into year and month and joins them back', () => {
    expect(boundParts('2025-03')).toEqual({ year: '2025', month: '03' });
    expect(boundParts('2025')).toEqual({ year: '2025', month: null });
    expect(boundParts(null)).toEqual({ year: null, month: null });
    expect(joinBound({ year: '2025', month: '03' })).toBe('2025-03');
    expect(joinBound({ year: '2025', month: null })).toBe('2025');
  });

  it('has no bound without a year, whatever month is picked', () => {
    expect(joinBound({ year: null, month: '03' })).toBeNull();
    expect(joinBound({ year: '', month: null })).toBeNull();
  });

  it('sets one bound and keeps the other when the range stays in order', () => {
    const range = withDateBound({ ...defaultFilters, from: '2024' }, 'to', '2025-06');
    expect(range).toMatchObject({ from: '2024', to: '2025-06' });
    expect(withDateBound(range, 'from', '2025')).toMatchObject({ from: '2025', to: '2025-06' });
  });

  it('drops the other bound instead of making a back-to-front range', () => {
    expect(withDateBound({ ...defaultFilters, to: '2024' }, 'from', '2025')).toMatchObject({ from: '2025', to: null });
    expect(withDateBound({ ...defaultFilters, from: '2025-06' }, 'to', '2025-05')).toMatchObject({ from: null, to: '2025-05' });
  });

  it('writes bounds as readers say them', () => {
    expect(formatBound('2025')).toBe('2025');
    expect(formatBound('2025-03')).toBe('Mar 2025');
  });
});
