import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boundToMonth,
  dateSortKey,
  formatPartialDate,
  formatRecordDate,
  isoDateTime,
  monthSpan,
  parsePartialDate,
  precisionOf,
  yearMonthPattern,
} from '../../../src/domain/records/dates.ts';
import type { RecordDate } from '../../../src/domain/records/types.ts';

const on = (start: string | null, end?: string | null): RecordDate => ({ start, end: end ?? null });

describe('formatRecordDate', () => {
  it('shows a single date at exactly its precision', () => {
    expect(formatRecordDate(on('2025-12-04'))).toBe('4 Dec 2025');
    expect(formatRecordDate(on('2025-09'))).toBe('Sep 2025');
    expect(formatRecordDate(on('2019'))).toBe('2019');
  });

  it('never adds a year the text does not give', () => {
    expect(formatRecordDate({ start: null, end: null, month: 3 })).toBe('March — year not stated');
    expect(formatRecordDate({ start: null, month: 3, day: 17 })).toBe('17 March — year not stated');
    expect(formatRecordDate({ start: null, end: null })).toBe('Date not stated');
    expect(formatRecordDate({ start: null, basis: 'The text gives no date.' })).toBe('Date not stated');
  });

  it('shows ranges compactly within a month, across months and across years', () => {
    expect(formatRecordDate(on('2020-12-21', '2020-12-22'))).toBe('21–22 Dec 2020');
    expect(formatRecordDate(on('2025-09-29', '2025-10-02'))).toBe('29 Sep – 2 Oct 2025');
    expect(formatRecordDate(on('2024-12-30', '2025-01-02'))).toBe('30 Dec 2024 – 2 Jan 2025');
    expect(formatRecordDate(on('2025-09', '2025-10'))).toBe('Sep–Oct 2025');
    expect(formatRecordDate(on('2024-11', '2025-02'))).toBe('Nov 2024 – Feb 2025');
    expect(formatRecordDate(on('2019', '2020'))).toBe('2019 – 2020');
  });

  it('keeps each end of a mixed-precision range at its own precision', () => {
    expect(formatRecordDate(on('2025-09', '2025-10-02'))).toBe('Sep 2025 – 2 Oct 2025');
    expect(formatRecordDate(on('2025-06-10', '2025-10'))).toBe('10 Jun 2025 – Oct 2025');
  });

  it('shows a range whose end equals its start as one date', () => {
    expect(formatRecordDate(on('2025-12-04', '2025-12-04'))).toBe('4 Dec 2025');
    expect(formatRecordDate({ start: '2025-12-04' })).toBe('4 Dec 2025');
  });
});

describe('partial dates', () => {
  it('parses and knows its precision', () => {
    expect(parsePartialDate('2025-12-04')).toEqual({ year: 2025, month: 12, day: 4 });
    expect(parsePartialDate('2025-09')).toEqual({ year: 2025, month: 9 });
    expect(parsePartialDate('2019')).toEqual({ year: 2019 });
    expect(['2025-12-04', '2025-09', '2019'].map(precisionOf)).toEqual(['day', 'month', 'year']);
    expect(formatPartialDate('2025-01-31')).toBe('31 Jan 2025');
  });

  it('gives <time dateTime> only when the year is known', () => {
    expect(isoDateTime(on('2025-09'))).toBe('2025-09');
    expect(isoDateTime({ start: null, month: 3 })).toBeUndefined();
  });

  it('recognises filter bounds', () => {
    expect(['2025', '2025-09'].every((v) => yearMonthPattern.test(v))).toBe(true);
    expect(['2025-13', '2025-09-01', '25', ''].some((v) => yearMonthPattern.test(v))).toBe(false);
  });
});

describe('dateSortKey', () => {
  it('is yyyymmdd with unknown parts as 0', () => {
    expect(dateSortKey(on('2025-12-04'))).toBe(20251204);
    expect(dateSortKey(on('2025-09'))).toBe(20250900);
    expect(dateSortKey(on('2019'))).toBe(20190000);
  });

  it('sorts a year-only date before the months of that year, and uses the start of a range', () => {
    const keys = [on('2025-01-01'), on('2025'), on('2025-01'), on('2024-12-31', '2025-02')].map((d) => dateSortKey(d)!);
    expect(keys).toEqual([20250101, 20250000, 20250100, 20241231]);
    expect([...keys].sort((a, b) => a - b)).toEqual([20241231, 20250000, 20250100, 20250101]);
  });

  it('is null when the year is not stated, even with a month', () => {
    expect(dateSortKey({ start: null, month: 3, day: 17 })).toBeNull();
    expect(dateSortKey(on(null))).toBeNull();
  });
});

describe('monthSpan', () => {
  it('covers every month a date can mean', () => {
    expect(monthSpan(on('2025-12-04'))).toEqual({ first: 202512, last: 202512 });
    expect(monthSpan(on('2025-09'))).toEqual({ first: 202509, last: 202509 });
    expect(monthSpan(on('2019'))).toEqual({ first: 201901, last: 201912 });
  });

  it('runs from the start to the end of a range', () => {
    expect(monthSpan(on('2025-09-29', '2025-10-02'))).toEqual({ first: 202509, last: 202510 });
    expect(monthSpan(on('2024-11', '2025'))).toEqual({ first: 202411, last: 202512 });
  });

  it('is null when the year is not stated', () => {
    expect(monthSpan({ start: null, month: 3 })).toBeNull();
  });
});

describe('boundToMonth', () => {
  it('turns a year bound into its first or last month', () => {
    expect(boundToMonth('2025', 'first')).toBe(202501);
    expect(boundToMonth('2025', 'last')).toBe(202512);
  });

  it('keeps a month bound as that month at either edge', () => {
    expect(boundToMonth('2025-09', 'first')).toBe(202509);
    expect(boundToMonth('2025-09', 'last')).toBe(202509);
  });

  it('makes a year-only date overlap a filter on any of its months', () => {
    const span = monthSpan(on('2025'))!;
    const from = boundToMonth('2025-06', 'first');
    const to = boundToMonth('2025-06', 'last');
    expect(span.last >= from && span.first <= to).toBe(true);
  });
});

describe('sort keys and month spans', () => {
  const dateLike = fc.oneof(
    fc.stringMatching(/^\d{4}(?:-\d\d(?:-\d\d)?)?$/),
    fc.constantFrom('2024-00', '2024-13-45', '0999', '-500', '', '2024-1', '2024-01-1', '99999', '2024-100'),
    fc.string({ maxLength: 12 }),
  );

  it('are what parsePartialDate gives, for well-formed dates and anything else', () => {
    fc.assert(
      fc.property(dateLike, fc.option(dateLike, { nil: undefined }), fc.boolean(), (start, end, endNull) => {
        const date = { start, end: endNull ? null : end };
        const parts = parsePartialDate(start);
        expect(dateSortKey(date)).toEqual(parts.year * 10000 + (parts.month ?? 0) * 100 + (parts.day ?? 0));
        const last = parsePartialDate(date.end ?? start);
        expect(monthSpan(date)).toEqual({ first: parts.year * 100 + (parts.month ?? 1), last: last.year * 100 + (last.month ?? 12) });
      }),
      { numRuns: 2000 },
    );
  });
});
