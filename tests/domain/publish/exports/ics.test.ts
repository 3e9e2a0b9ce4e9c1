import ICAL from 'ical.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteAnchor } from '../../../../src/domain/sources/anchors.ts';
import { indexDataset } from '../../../../src/domain/dataset/dataset.ts';
import { type DatasetIndex, type TimelineRecord } from '../../../../src/domain/dataset/timelineRecord.ts';
import type { ExportContext } from '../../../../src/domain/publish/exports/exportRecord.ts';
import { calendarEvents, escapeIcsText, icsDays, recordsToIcs } from '../../../../src/domain/publish/exports/ics.ts';
import { filterRecords } from '../../../../src/domain/query/filterRecords.ts';
import { parseTimelineFilters } from '../../../../src/domain/query/filters.ts';
import { fixtureDataset } from '../../../fixtures/dataset.ts';
import { realData } from '../../../support/realData.ts';

const pageUrl = (path: string) => `https://atlas.example${path}`;
const contextFor = (index: DatasetIndex): ExportContext => ({ index, pageUrl });
const generated = new Date('2026-01-15T09:30:05.123Z');
const octets = (line: string) => new TextEncoder().encode(line).length;

function parseEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

/** Day-precision "YYYY-MM-DD" of a record's first day, as its all-day DTSTART should say. */
function expectedStartDay(record: TimelineRecord): string {
  const [y, m = '01', d = '01'] = record.date.start!.split('-');
  return `${y}-${m}-${d}`;
}

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and line breaks, backslash first', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(escapeIcsText('Västerås: 通力 "quoted"')).toBe('Västerås: 通力 "quoted"');
  });
});

describe('folding (ical.js writes the lines; RFC 5545 §3.1 limits them to 75 octets)', () => {
  const dataset = fixtureDataset();
  const index = indexDataset(dataset);
  const calendarWithTitle = (title: string) => {
    const record = { ...index.records.find((r) => r.id === 'ev-1')!, title };
    return recordsToIcs({ records: [record], context: contextFor(index), generated, calendarName: title });
  };

  it('never splits a multi-byte character: 通 (3 octets) moves whole to the next line', () => {
    const text = calendarWithTitle(`${'a'.repeat(70)}通力通力`);
    const physical = text.split('\r\n');
    const summaryLines = physical.slice(physical.findIndex((l) => l.startsWith('SUMMARY:')));
    expect(octets(summaryLines[0]!)).toBeLessThanOrEqual(75);
    expect(summaryLines[1]!.startsWith(' ')).toBe(true);
    expect(parseEvents(text).events[0]!.summary).toBe(`${'a'.repeat(70)}通力通力`);
  });

  it('keeps every physical line within 75 octets, each valid UTF-8, and unfolds to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), (title) => {
        const text = calendarWithTitle(title);
        const physical = text.slice(0, -2).split('\r\n');
        for (const part of physical) {
          expect(octets(part)).toBeLessThanOrEqual(75);
          // A split inside a UTF-8 sequence would not survive a round trip through bytes.
          expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part))).toBe(part);
        }
        // Unfolded and unescaped by an independent reader, the title comes back exactly.
        expect(parseEvents(text).events[0]!.summary).toBe(title.replace(/\r\n|\r/g, '\n'));
      }),
    );
  });
});

describe('icsDays', () => {
  it('makes a day an all-day event ending (exclusively) the next day', () => {
    expect(icsDays({ start: '2025-12-04', end: null })).toEqual({ start: '20251204', endExclusive: '20251205', precision: 'day' });
    expect(icsDays({ start: '2025-12-31' })).toEqual({ start: '20251231', endExclusive: '20260101', precision: 'day' });
    expect(icsDays({ start: '2024-02-28', end: '2024-02-29' })).toEqual({ start: '20240228', endExclusive: '20240301', precision: 'day' });
  });

  it('spans a whole month or year when only that is known', () => {
    expect(icsDays({ start: '2025-09', end: null })).toEqual({ start: '20250901', endExclusive: '20251001', precision: 'month' });
    expect(icsDays({ start: '2025-12' })).toEqual({ start: '20251201', endExclusive: '20260101', precision: 'month' });
    expect(icsDays({ start: '2024' })).toEqual({ start: '20240101', endExclusive: '20250101', precision: 'year' });
    // The coarser end wins: from a known day to some time in the next month.
    expect(icsDays({ start: '2025-09-28', end: '2025-10' })).toEqual({ start: '20250928', endExclusive: '20251101', precision: 'month' });
  });

  it('gives nothing when the year is not known', () => {
    expect(icsDays({ start: null, end: null, month: 3 })).toBeNull();
  });
});

describe('recordsToIcs on the fixture', () => {
  const dataset = fixtureDataset();
  dataset.events[0]!.summary = 'Hosted; with commas, and a\nline break.';
  dataset.events.push({
    ...structuredClone(dataset.events[0]!),
    id: 'ev-3',
    title: 'Site visit in Västerås',
    status: 'planned',
    date: { start: '2025-09', end: null },
    location: { venue: null, city: null, region: null, country: null, online: true },
  });
  const index = indexDataset(dataset);
  const text = recordsToIcs({ records: index.records, context: contextFor(index), generated, calendarName: 'Test, calendar' });
  const { calendar, events } = parseEvents(text);

  it('is a VCALENDAR with the required properties, CRLF line ends and no line over 75 octets', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.split('\r\n').every((line) => octets(line) <= 75)).toBe(true);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Trade Mission Atlas//Exports//EN');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    // ical.js keeps non-standard properties raw: the value is written as escaped TEXT.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Test\\, calendar');
  });

  it('has one VEVENT per dated event: no delegations, no agreements, no event without a year', () => {
    expect(events.map((e) => e.uid)).toEqual(['ev-1@trade-mission-atlas', 'ev-3@trade-mission-atlas']);
    expect(calendarEvents(index.records).map((r) => r.id)).toEqual(['ev-1', 'ev-3']);
  });

  it('writes day-precision events as all-day, from the day to the next', () => {
    const ev1 = events[0]!;
    expect(ev1.startDate.isDate).toBe(true);
    expect(ev1.startDate.toString()).toBe('2025-12-04');
    expect(ev1.endDate.toString()).toBe('2025-12-05');
    expect(ev1.summary).toBe('Finland Special Session');
    expect(ev1.location).toBe('CCEC, Chengdu, China');
    const anchor = quoteAnchor(dataset.events[0]!.evidence[0]!.quote);
    expect(ev1.description).toBe(
      [
        'Hosted; with commas, and a\nline break.',
        `Source: Test article about a Finland session in Chengdu https://atlas.example/sources/test-article#${anchor}`,
        'https://atlas.example/events/ev-1',
      ].join('\n\n'),
    );
  });

  it('puts summary, source with its page URL, and the record URL in the description; the URL property too', () => {
    const description = events[0]!.description;
    expect(description.startsWith('Hosted; with commas, and a\nline break.\n\nSource: Test article about a Finland session in Chengdu https://atlas.example/sources/test-article#q-')).toBe(true);
    expect(description.endsWith('\n\nhttps://atlas.example/events/ev-1')).toBe(true);
    expect(events[0]!.component.getFirstPropertyValue('url')).toBe('https://atlas.example/events/ev-1');
    expect(events[0]!.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-01-15T09:30:05Z');
    expect(events[0]!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('spans the whole month for a month-precision event and says so; online events are "Online"', () => {
    const ev3 = events[1]!;
    expect(ev3.startDate.isDate).toBe(true);
    expect(ev3.startDate.toString()).toBe('2025-09-01');
    expect(ev3.endDate.toString()).toBe('2025-10-01');
    expect(ev3.description).toContain('(date known only to the month)');
    expect(ev3.location).toBe('Online');
    expect(ev3.summary).toBe('Site visit in Västerås');
    expect(ev3.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });
});

describe('recordsToIcs on the real data', () => {
  const index = indexDataset(realData().dataset);
  const context = contextFor(index);

  it('round-trips every dated event: all-day DTSTART on the record’s first day', () => {
    const text = recordsToIcs({ records: index.records, context, generated, calendarName: 'All' });
    const { events } = parseEvents(text);
    const expected = index.records.filter((r) => r.type === 'event' && r.date.start !== null);
    expect(events.length).toBe(expected.length);
    expect(events.length).toBeGreaterThan(10);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    for (const record of expected) {
      const event = byUid.get(`${record.id}@trade-mission-atlas`)!;
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(expectedStartDay(record));
      expect(event.endDate.compare(event.startDate)).toBe(1);
      expect(event.summary).toBe(record.title);
      const start = record.date.start!;
      const precise = start.length === 10 && (record.date.end ?? start).length === 10;
      expect(event.description.includes('(date known only to the')).toBe(!precise);
    }
    expect(text.split('\r\n').every((line) => octets(line) <= 75)).toBe(true);
  });

  it('holds only the filtered view’s events (?country=SE)', () => {
    const records = filterRecords(index.records, parseTimelineFilters('country=SE').filters);
    const { events } = parseEvents(recordsToIcs({ records, context, generated, calendarName: 'SE' }));
    expect(events.map((e) => e.uid)).toEqual(calendarEvents(records).map((r) => `${r.id}@trade-mission-atlas`));
    expect(records.some((r) => r.type !== 'event')).toBe(true);
  });
});
