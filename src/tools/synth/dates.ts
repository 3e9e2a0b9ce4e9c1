/** Record dates at mixed precision over 1996–2025, as the articles give them. */
import type { RecordDate } from '../../domain/records/index.ts';
import { weightedPicker, type Rng, type WeightedPicker } from './prng.ts';
import { monthNames } from './vocab.ts';

export const FIRST_YEAR = 1996;
export const LAST_YEAR = 2025;

const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
/** More recent years are more frequent (the atlas's sources are mostly recent news). */
export const yearPicker: WeightedPicker<number> = weightedPicker(years, years.map((y) => 1 + (y - FIRST_YEAR) * 0.35));

export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDay(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A day-precision date plus `days`, across month and year ends. */
export function addDays(value: string, days: number): string {
  const [y, m, d] = value.split('-').map(Number);
  const t = new Date(Date.UTC(y!, m! - 1, d! + days));
  return isoDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export interface GeneratedDate {
  date: RecordDate;
  /** The year, or null when the text does not state one. */
  year: number | null;
}

export interface DateOptions {
  /** Chance of a span (start and end). */
  rangeChance?: number;
  /** Use this year instead of drawing one. */
  year?: number;
}

/**
 * ~1 % no date at all, ~3 % month (sometimes day) without a year, otherwise day (50 %), month (30 %)
 * or year (20 %) precision; some spans.
 */
export function generateDate(rng: Rng, options: DateOptions = {}): GeneratedDate {
  const rangeChance = options.rangeChance ?? 0.12;
  const r = rng.next();
  if (options.year === undefined && r < 0.01) {
    return { date: { start: null, end: null, basis: 'The text gives no date for this.' }, year: null };
  }
  if (options.year === undefined && r < 0.04) {
    const month = rng.int(1, 12);
    const day = rng.chance(0.4) ? rng.int(1, daysInMonth(month)) : undefined;
    const said = `${day !== undefined ? `${day} ` : ''}${monthNames.en[month - 1]}`;
    return {
      date: { start: null, end: null, month, ...(day !== undefined ? { day } : {}), basis: `The text says only "${said}"; no year is stated anywhere in the article.` },
      year: null,
    };
  }
  const year = options.year ?? yearPicker.pick(rng);
  const p = rng.next();
  const spans = rng.chance(rangeChance);
  // `end` is written as null or left out, as in the hand-made data.
  const noEnd = (): { end?: null } => (rng.chance(0.7) ? { end: null } : {});
  if (p < 0.5) {
    const month = rng.int(1, 12);
    const day = rng.int(1, daysInMonth(month, year));
    const start = isoDay(year, month, day);
    const basis = rng.chance(0.25) ? { basis: `Day and month from the text; the year from the dateline (${year}).` } : {};
    return { date: { start, ...(spans ? { end: addDays(start, rng.int(1, 4)) } : noEnd()), ...basis }, year };
  }
  if (p < 0.8) {
    const month = rng.int(1, 12);
    const start = `${year}-${pad(month)}`;
    let end: string | undefined;
    if (spans) {
      const last = month + rng.int(1, 3);
      end = last > 12 ? `${year + 1}-${pad(last - 12)}` : `${year}-${pad(last)}`;
    }
    return {
      date: { start, ...(end ? { end } : noEnd()), basis: `The text states "in ${monthNames.en[month - 1]} ${year}".` },
      year,
    };
  }
  return {
    date: { start: String(year), ...(spans ? { end: String(year + 1) } : noEnd()), basis: `Only the year (${year}) is stated.` },
    year,
  };
}

/** A date for a delegation stop: the `index`-th day of a day-precision trip, else the trip's date or none. */
export function stopDate(rng: Rng, trip: RecordDate, index: number): RecordDate | undefined {
  if (trip.start === null) {
    return trip.month !== undefined && rng.chance(0.5) ? { start: null, end: null, month: trip.month } : undefined;
  }
  if (trip.start.length === 10) {
    const last = trip.end && trip.end.length === 10 ? trip.end : trip.start;
    const day = addDays(trip.start, index);
    return { start: day <= last ? day : last, end: null };
  }
  if (trip.start.length === 7) return rng.chance(0.6) ? { start: trip.start, end: null, basis: 'The month of the trip.' } : undefined;
  return undefined;
}
