/**
 * iCalendar (RFC 5545) export of the dated events in a view. Delegations and agreements are
 * not calendar events (a trip, a signature) and are left out, as are events whose year is
 * not known.
 *
 * Every event is all-day: the sources give days, not times. An event known only to the month
 * or the year spans that whole month or year and says so in its description — leaving it out
 * would silently drop records the reader asked for, and a calendar shows a span for what it is.
 */
import ICAL from 'ical.js';
import type { TimelineRecord } from '../../dataset/index.ts';
import { parsePartialDate, precisionOf, type Precision } from '../../records/index.ts';
import type { RecordDate } from '../../records/index.ts';
import { englishWording } from './wording.ts';
import { toExportRecord, type ExportContext } from './exportRecord.ts';

export const icsMimeType = 'text/calendar;charset=utf-8';
export const icsProductId = '-//Trade Mission Atlas//Exports//EN';
export const icsUidDomain = 'trade-mission-atlas';

/**
 * TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, line breaks. ical.js escapes
 * the properties it knows; X-WR-CALNAME is not one of them (it writes unknown properties raw).
 */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * ical.js folds after 75 octets and then adds the continuation line's leading space, so a
 * continuation line is 76 octets, over RFC 5545's 75 (measured: the tests' 75-octet check failed).
 * Folding after 74 keeps every physical line within 75. Set once, for every writer.
 */
ICAL.foldLength = 74;

export interface IcsDays {
  /** First day, YYYYMMDD. */
  start: string;
  /** The day after the last day (DTEND of an all-day event is exclusive), YYYYMMDD. */
  endExclusive: string;
  /** The coarsest precision of start and end: anything but "day" spans a whole month or year. */
  precision: Precision;
}

const compactDay = (date: Date) =>
  `${String(date.getUTCFullYear()).padStart(4, '0')}${String(date.getUTCMonth() + 1).padStart(2, '0')}${String(date.getUTCDate()).padStart(2, '0')}`;

function firstDay(value: string): Date {
  const { year, month = 1, day = 1 } = parsePartialDate(value);
  return new Date(Date.UTC(year, month - 1, day));
}

function dayAfterLast(value: string): Date {
  const { year, month, day } = parsePartialDate(value);
  if (month === undefined) return new Date(Date.UTC(year + 1, 0, 1));
  if (day === undefined) return new Date(Date.UTC(year, month, 1));
  return new Date(Date.UTC(year, month - 1, day + 1));
}

const precisionRank: Record<Precision, number> = { day: 0, month: 1, year: 2 };

/** The all-day span of a record date, or null when its year is not known. */
export function icsDays(date: RecordDate): IcsDays | null {
  if (date.start === null) return null;
  const end = date.end ?? date.start;
  const precisions = [precisionOf(date.start), precisionOf(end)];
  const precision = precisions.reduce((a, b) => (precisionRank[b] > precisionRank[a] ? b : a));
  return { start: compactDay(firstDay(date.start)), endExclusive: compactDay(dayAfterLast(end)), precision };
}

/** The records that become VEVENTs: events with a known year. */
export function calendarEvents(records: readonly TimelineRecord[]): TimelineRecord[] {
  return records.filter((r) => r.type === 'event' && icsDays(r.date) !== null);
}

export const imprecisionNotes: Record<Exclude<Precision, 'day'>, string> = {
  month: '(date known only to the month)',
  year: '(date known only to the year)',
};

function location(record: TimelineRecord, context: ExportContext): string | null {
  const wording = context.wording ?? englishWording;
  const event = context.index.eventsById.get(record.id);
  if (!event) return record.online ? wording.words.online : record.place && wording.placeLine(record.place);
  const { venue, city, country, online } = event.location;
  if (online) return wording.words.online;
  const parts = [venue && wording.phrase(venue), city && wording.phrase(city), country ? wording.country(country) : null].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(wording.words.listSeparator) : null;
}

const icalDay = (compact: string) => ICAL.Time.fromDateString(`${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`);

function vevent(record: TimelineRecord, context: ExportContext, stamp: ICAL.Time): ICAL.Component {
  const days = icsDays(record.date)!;
  const out = toExportRecord(record, context);
  const wording = context.wording ?? englishWording;
  const where = location(record, context);
  const imprecision = wording === englishWording ? imprecisionNotes : { month: wording.words.knownToMonth, year: wording.words.knownToYear };
  const description = [
    out.summary,
    ...(days.precision === 'day' ? [] : [imprecision[days.precision]]),
    out.sources.map((s) => wording.words.source(s.title, s.url)).join('\n'),
    out.url,
  ].join('\n\n');
  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', `${record.id}@${icsUidDomain}`);
  event.addPropertyWithValue('dtstamp', stamp);
  event.addPropertyWithValue('dtstart', icalDay(days.start));
  event.addPropertyWithValue('dtend', icalDay(days.endExclusive));
  event.addPropertyWithValue('summary', out.title);
  event.addPropertyWithValue('description', description);
  if (where) event.addPropertyWithValue('location', where);
  event.addPropertyWithValue('url', out.url);
  event.addPropertyWithValue('categories', wording.kind(record));
  // "Planned" in the sources: the event may not have happened as described.
  event.addPropertyWithValue('status', record.status === 'planned' ? 'TENTATIVE' : 'CONFIRMED');
  // Reference entries, not appointments of the reader's: they should not block busy time.
  event.addPropertyWithValue('transp', 'TRANSPARENT');
  return event;
}

export interface IcsInput {
  records: readonly TimelineRecord[];
  context: ExportContext;
  generated: Date;
  /** Shown by calendar apps that name imported calendars (X-WR-CALNAME). */
  calendarName: string;
}

/** The calendar, written by ical.js (a maintained iCalendar library) rather than by hand. */
export function recordsToIcs({ records, context, generated, calendarName }: IcsInput): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('prodid', icsProductId);
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', escapeIcsText(calendarName));
  const stamp = ICAL.Time.fromJSDate(new Date(Math.floor(generated.getTime() / 1000) * 1000), true);
  for (const record of calendarEvents(records)) calendar.addSubcomponent(vevent(record, context, stamp));
  // ical.js ends the last line without CRLF; RFC 5545 ends every content line with one.
  return `${calendar.toString()}\r\n`;
}
