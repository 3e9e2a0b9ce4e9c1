/**
 * iCalendar (RFC 5545) export of the dated events in a view. Delegations and agreements are
 * not calendar events (a trip, a signature) and are left out, as are events whose year is
 * not known.
 *
 * Every event is all-day: the sources give days, not times. An event known only to the month
 * or the year spans that whole month or year and says so in its description — leaving it out
 * would silently drop records the reader asked for, and a calendar shows a span for what it is.
 */
import { countryName } from '../../records/index.ts';
import type { TimelineRecord } from '../../dataset/index.ts';
import { parsePartialDate, precisionOf, type Precision } from '../../records/index.ts';
import { eventKindLabels } from '../../records/index.ts';
import type { EventKind, RecordDate } from '../../records/index.ts';
import { toExportRecord, type ExportContext } from './exportRecord.ts';

export const icsMimeType = 'text/calendar;charset=utf-8';
export const icsProductId = '-//Trade Mission Atlas//Exports//EN';
export const icsUidDomain = 'trade-mission-atlas';

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, line breaks. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

const maxOctets = 75;

/**
 * Fold one content line (RFC 5545 §3.1): no line longer than 75 octets, continuation lines
 * start with a space. Splits only between characters, never inside a UTF-8 sequence.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > maxOctets) {
      parts.push(current);
      // The leading space of a continuation line counts towards its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

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

const utcStamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');

export const imprecisionNotes: Record<Exclude<Precision, 'day'>, string> = {
  month: '(date known only to the month)',
  year: '(date known only to the year)',
};

function location(record: TimelineRecord, context: ExportContext): string | null {
  const event = context.index.eventsById.get(record.id);
  if (!event) return record.online ? 'Online' : record.place;
  const { venue, city, country, online } = event.location;
  if (online) return 'Online';
  const parts = [venue, city, country ? countryName(country) : null].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(', ') : null;
}

function vevent(record: TimelineRecord, context: ExportContext, stamp: string): string[] {
  const days = icsDays(record.date)!;
  const out = toExportRecord(record, context);
  const where = location(record, context);
  const description = [
    out.summary,
    ...(days.precision === 'day' ? [] : [imprecisionNotes[days.precision]]),
    out.sources.map((s) => `Source: ${s.title} ${s.url}`).join('\n'),
    out.url,
  ].join('\n\n');
  return [
    'BEGIN:VEVENT',
    `UID:${record.id}@${icsUidDomain}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${days.start}`,
    `DTEND;VALUE=DATE:${days.endExclusive}`,
    `SUMMARY:${escapeIcsText(record.title)}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    ...(where ? [`LOCATION:${escapeIcsText(where)}`] : []),
    `URL:${out.url}`,
    `CATEGORIES:${escapeIcsText(eventKindLabels[record.kind as EventKind] ?? record.kind)}`,
    // "Planned" in the sources: the event may not have happened as described.
    `STATUS:${record.status === 'planned' ? 'TENTATIVE' : 'CONFIRMED'}`,
    // Reference entries, not appointments of the reader's: they should not block busy time.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export interface IcsInput {
  records: readonly TimelineRecord[];
  context: ExportContext;
  generated: Date;
  /** Shown by calendar apps that name imported calendars (X-WR-CALNAME). */
  calendarName: string;
}

export function recordsToIcs({ records, context, generated, calendarName }: IcsInput): string {
  const stamp = utcStamp(generated);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${icsProductId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(calendarName)}`,
    ...calendarEvents(records).flatMap((record) => vevent(record, context, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
