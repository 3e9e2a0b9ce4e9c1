import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset/dataset.ts';
import { bucketInRange, densityScale, foldEmptyRuns, unplacedOnDensityScale } from '../../../src/domain/query/densityScale.ts';
import { densityBuckets, filterRecords } from '../../../src/domain/query/filterRecords.ts';
import { defaultFilters, type TimelineFilters } from '../../../src/domain/query/filters.ts';
import { fixtureDataset } from '../../fixtures/dataset.ts';
import { realData } from '../../support/realData.ts';

const bucket = (key: string, count: number) => ({ key, label: key, count });

describe('densityScale', () => {
  it('shows months only when both bounds lie in the same year', () => {
    expect(densityScale({ from: '2025', to: '2025' })).toEqual({ kind: 'months', year: '2025' });
    expect(densityScale({ from: '2025-03', to: '2025-05' })).toEqual({ kind: 'months', year: '2025' });
    expect(densityScale({ from: '2025', to: null })).toEqual({ kind: 'years' });
    expect(densityScale({ from: '2024', to: '2025' })).toEqual({ kind: 'years' });
  });
});

describe('bucketInRange', () => {
  it('is false without a range', () => {
    expect(bucketInRange('2025', { from: null, to: null })).toBe(false);
  });

  it('compares years and months by the months they cover', () => {
    expect(bucketInRange('2025', { from: '2024-11', to: '2025-02' })).toBe(true);
    expect(bucketInRange('2023', { from: '2024-11', to: '2025-02' })).toBe(false);
    expect(bucketInRange('2025-02', { from: '2025', to: '2025' })).toBe(true);
    expect(bucketInRange('2025-06', { from: '2025-03', to: '2025-05' })).toBe(false);
    expect(bucketInRange('2019', { from: null, to: '2020' })).toBe(true);
  });
});

describe('foldEmptyRuns', () => {
  it('folds two or more empty years in a row into one gap and keeps a single empty year', () => {
    const items = foldEmptyRuns([bucket('1981', 1), bucket('1982', 0), bucket('1983', 0), bucket('1984', 2), bucket('1985', 0), bucket('1986', 1)]);
    expect(items).toEqual([
      { kind: 'bucket', bucket: bucket('1981', 1) },
      { kind: 'gap', first: '1982', last: '1983', size: 2 },
      { kind: 'bucket', bucket: bucket('1984', 2) },
      { kind: 'bucket', bucket: bucket('1985', 0) },
      { kind: 'bucket', bucket: bucket('1986', 1) },
    ]);
  });
});

describe('unplacedOnDensityScale', () => {
  // The fixture has ev-2 and ag-2 with no stated year, and three records dated in 2025.
  const index = indexDataset(fixtureDataset());

  it('counts matching records with no year on the year scale', () => {
    expect(unplacedOnDensityScale(index.records, defaultFilters)).toBe(2);
    expect(unplacedOnDensityScale(index.records, { ...defaultFilters, types: ['delegation'] })).toBe(0);
  });

  it('on the month scale counts that year’s records with no month, which no bar shows', () => {
    const raw = fixtureDataset();
    raw.delegations[0]!.date = { start: '2025', end: null };
    const records = indexDataset(raw).records;
    const filters = { ...defaultFilters, from: '2025', to: '2025' };
    const onBars = densityBuckets(records, filters).reduce((sum, b) => sum + b.count, 0);
    const in2025 = records.filter((r) => r.date.start?.startsWith('2025')).length;
    expect(unplacedOnDensityScale(records, filters)).toBe(1);
    expect(onBars).toBe(in2025 - 1);
  });
});

describe('unplacedOnDensityScale on the real data', () => {
  const real = indexDataset(realData().dataset);
  // The plain definition: the records matching all but the date range that the scale cannot place.
  const plain = (filters: TimelineFilters) => {
    const scale = densityScale(filters);
    return filterRecords(real.records, { ...filters, from: null, to: null }).filter((r) =>
      scale.kind === 'years' ? !r.date.start : r.date.start?.slice(0, 4) === scale.year && r.date.start.length === 4,
    ).length;
  };

  it('equals the plain count on both scales and with other filters', () => {
    for (const filters of [
      defaultFilters,
      { ...defaultFilters, countries: ['SE'] },
      { ...defaultFilters, from: '2025', to: '2025' },
      { ...defaultFilters, from: '2024-01', to: '2024-12', types: ['event' as const] },
    ]) {
      expect(unplacedOnDensityScale(real.records, filters)).toBe(plain(filters));
    }
    expect(plain(defaultFilters)).toBeGreaterThan(0);
  });
});
