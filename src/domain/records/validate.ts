/**
 * Whole-dataset validation: schema, unique ids, references, verbatim quotes, dates and
 * codes. It collects every error (not just the first) so a data editor can fix them in one pass.
 *
 * Glosses get their schema checked here; the checks that need the quotes' languages and texts (orphans,
 * missing glosses, parallel text) are in `sources/validateGlosses.ts`, whose validateDatasetWithGlosses
 * is what data:check and the build run. They live there so that this module uses nothing from sources.
 */
import { en } from 'zod/locales';
import { z } from 'zod/mini';
import { isKnownCountryCode } from './countries.ts';
import { longMonthName, parsePartialDate } from './dates.ts';
import { datasetFileNames, datasetFileSchemas, type DatasetFileName } from './schema.ts';
import type { RawDataset, RecordDate } from './types.ts';

// zod/mini loads no locale (the browser gets by without one); data editors get the English messages.
z.config(en());

export interface ValidationError {
  file: string;
  /** The record's id, or "#<index>" when it has none. */
  record: string;
  /** Field path inside the record, e.g. "participants[2].organisation". */
  path: string;
  message: string;
}

export function formatValidationError(error: ValidationError): string {
  return `${error.file} ${error.record}${error.path ? ` ${error.path}` : ''}: ${error.message}`;
}

export interface ValidationResult {
  errors: ValidationError[];
  /** The records that passed the schema (all of them when there are no errors). */
  dataset: RawDataset;
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}

function recordLabel(item: unknown, index: number): string {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id !== '' ? id : `#${index}`;
}

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/** How errors name a gloss, which has no id: its source and the start of its quote (line breaks shown as \n). */
export function glossLabel(source: string, quote: string): string {
  return `${source} ${JSON.stringify(shorten(quote, 30))}`;
}

function glossRecordLabel(item: unknown, index: number): string {
  const { source, quote } = (item ?? {}) as { source?: unknown; quote?: unknown };
  return typeof source === 'string' && typeof quote === 'string' ? glossLabel(source, quote) : `#${index}`;
}

/** The files whose records carry evidence quotes. */
export const evidenceFileNames = ['organisations', 'people', 'events', 'delegations', 'agreements'] as const satisfies readonly DatasetFileName[];

/** Days in a month (1–12); with no year, the most it can have (29 for February). */
function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isValidCalendarDate(value: string): boolean {
  const { year, month, day } = parsePartialDate(value);
  if (month === undefined || day === undefined) return true;
  return day <= daysInMonth(month, year);
}

/**
 * Region codes the platform's ICU data names although ISO 3166-1 does not assign them to a country
 * (exceptionally reserved: Ascension, Clipperton, Sark, Diego Garcia, Ceuta & Melilla, Canary Islands,
 * Tristan da Cunha). Use the country they belong to.
 */
const reservedRegions = new Set(['AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA']);

/** Canonicalising a locale is slow next to a map lookup, and a dataset repeats a few codes many times. */
const currentCodes = new Map<string, string>();

/** The current code for a deprecated or alias one ("UK" → "GB", "DD" → "DE", "SU" → "RU"); others unchanged. */
function currentCountryCode(code: string): string {
  let current = currentCodes.get(code);
  if (current === undefined) {
    try {
      current = Intl.getCanonicalLocales(`und-${code}`)[0]?.slice(4) ?? code;
    } catch {
      current = code;
    }
    currentCodes.set(code, current);
  }
  return current;
}

function checkDate(date: RecordDate, report: (path: string, message: string) => void, path = 'date'): void {
  for (const edge of ['start', 'end'] as const) {
    const value = date[edge];
    if (value && !isValidCalendarDate(value)) report(`${path}.${edge}`, `"${value}" is not a real calendar date`);
  }
  if (date.start === null && date.end) report(`${path}.end`, 'end is set but start is null');
  if (date.start && date.end) {
    const startFirst = date.start.padEnd(10, '-00');
    const endLast = date.end.length === 4 ? `${date.end}-12-31` : date.end.length === 7 ? `${date.end}-31` : date.end;
    if (endLast < startFirst) report(`${path}.end`, `end ${date.end} is before start ${date.start}`);
  }
  if (date.start !== null && (date.month !== undefined || date.day !== undefined)) {
    report(path, 'month/day fields are only for dates whose year is unknown (start null); put them in start');
  }
  if (date.day !== undefined && date.month === undefined) report(`${path}.day`, 'day given without month');
  if (date.day !== undefined && date.month !== undefined && date.day > daysInMonth(date.month)) {
    report(`${path}.day`, `${longMonthName(date.month)} has no day ${date.day}`);
  }
}

export function validateDataset(files: Partial<Record<DatasetFileName, unknown>>, sourceTexts: ReadonlyMap<string, string>): ValidationResult {
  const errors: ValidationError[] = [];
  const dataset = Object.fromEntries(datasetFileNames.map((name) => [name, []])) as unknown as RawDataset;

  // Files that are missing or not arrays: reported once; references into them are not checked,
  // so one unreadable file does not also turn every id it holds into an "unknown" error.
  const unavailable = new Set<DatasetFileName>();

  // 1. Schema, record by record, so every error names its record.
  for (const name of datasetFileNames) {
    const file = `${name}.json`;
    const content = files[name];
    if (!Array.isArray(content)) {
      errors.push({ file, record: '-', path: '', message: content === undefined ? 'file is missing' : 'must be a JSON array' });
      unavailable.add(name);
      continue;
    }
    const itemSchema = datasetFileSchemas[name].def.element;
    const label = name === 'glosses' ? glossRecordLabel : recordLabel;
    content.forEach((item, index) => {
      const result = itemSchema.safeParse(item);
      if (result.success) (dataset[name] as unknown[]).push(result.data);
      else for (const issue of result.error.issues) {
        errors.push({ file, record: label(item, index), path: formatPath(issue.path), message: issue.message });
      }
    });
  }

  // 2. Unique ids per file. Records that failed the schema still count as existing (when their id is
  // a string), so one broken record yields its own errors, not a "duplicate" or "unknown id" at every reference.
  const ids = {} as Record<DatasetFileName, Set<string>>;
  for (const name of datasetFileNames) {
    ids[name] = new Set();
    const content = files[name];
    if (!Array.isArray(content)) continue;
    for (const item of content as unknown[]) {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id !== 'string' || id === '') continue;
      if (ids[name].has(id)) errors.push({ file: `${name}.json`, record: id, path: 'id', message: `duplicate id "${id}"` });
      ids[name].add(id);
    }
  }

  const reporter = (file: DatasetFileName, record: string) => (path: string, message: string) =>
    errors.push({ file: `${file}.json`, record, path, message });
  const ref = (report: (p: string, m: string) => void, target: DatasetFileName, value: string | null | undefined, path: string) => {
    if (value && !unavailable.has(target) && !ids[target].has(value)) report(path, `unknown ${target === 'people' ? 'person' : target === 'series' ? 'series' : target.replace(/s$/, '')} "${value}"`);
  };
  const refs = (report: (p: string, m: string) => void, target: DatasetFileName, values: readonly string[], path: string) =>
    values.forEach((v, i) => ref(report, target, v, `${path}[${i}]`));
  const country = (report: (p: string, m: string) => void, code: string | null | undefined, path: string) => {
    if (!code) return;
    const current = currentCountryCode(code);
    if (current !== code && isKnownCountryCode(current)) report(path, `country code "${code}" is not current ISO 3166-1; use "${current}"`);
    else if (!isKnownCountryCode(code) || reservedRegions.has(code)) report(path, `unknown country code "${code}"`);
  };

  // 3. Sources: each names a text file that exists.
  for (const source of dataset.sources) {
    const report = reporter('sources', source.id);
    if (!sourceTexts.has(source.id)) report('file', `source text ${source.file} is missing`);
    if (source.published.date && !isValidCalendarDate(source.published.date)) {
      report('published.date', `"${source.published.date}" is not a real calendar date`);
    }
    if (source.kind === 'not-stated' && source.outlet !== null) report('kind', `is "not-stated", but outlet is "${source.outlet}"`);
  }

  // 4. Evidence quotes are verbatim substrings of their source texts.
  for (const name of evidenceFileNames) {
    for (const item of dataset[name] as Array<{ id: string; evidence: Array<{ source: string; quote: string }> }>) {
      item.evidence.forEach((evidence, i) => {
        const report = reporter(name, item.id);
        if (unavailable.has('sources')) return;
        if (!ids.sources.has(evidence.source)) {
          report(`evidence[${i}].source`, `unknown source "${evidence.source}"`);
          return;
        }
        const text = sourceTexts.get(evidence.source);
        if (text !== undefined && !text.includes(evidence.quote)) {
          const shown = evidence.quote.length > 60 ? `${evidence.quote.slice(0, 57)}...` : evidence.quote;
          report(`evidence[${i}].quote`, `quote is not verbatim in source "${evidence.source}": "${shown}"`);
        }
      });
    }
  }

  // Unnamed participants: their countries are real codes.
  const unnamed = (report: (p: string, m: string) => void, list: ReadonlyArray<{ country: string | null }> | undefined) =>
    list?.forEach((u, i) => country(report, u.country, `unnamedParticipants[${i}].country`));

  // Journeys: each link resolves, is not to the record itself, and does not run backwards in time.
  const startOf = {
    event: new Map(dataset.events.map((r) => [r.id, r.date.start])),
    delegation: new Map(dataset.delegations.map((r) => [r.id, r.date.start])),
    agreement: new Map(dataset.agreements.map((r) => [r.id, r.date.start])),
  };
  const follows = (
    report: (p: string, m: string) => void,
    self: { kind: 'event' | 'delegation' | 'agreement'; id: string; start: string | null },
    links: ReadonlyArray<{ kind: 'event' | 'delegation' | 'agreement'; id: string }> | undefined,
  ) =>
    links?.forEach((link, i) => {
      const path = `follows[${i}]`;
      const file = `${link.kind}s` as DatasetFileName;
      if (link.kind === self.kind && link.id === self.id) {
        report(`${path}.id`, 'a record cannot follow itself');
        return;
      }
      if (unavailable.has(file)) return;
      if (!ids[file].has(link.id)) {
        report(`${path}.id`, `unknown ${link.kind} "${link.id}"`);
        return;
      }
      const before = startOf[link.kind].get(link.id);
      if (!self.start || !before) return;
      // Compare at the precision both dates have: "2025-12" follows "2025-12-04" (same month).
      const n = Math.min(self.start.length, before.length);
      if (self.start.slice(0, n) < before.slice(0, n)) {
        report(path, `starts ${self.start}, before the ${link.kind} "${link.id}" it follows (${before})`);
      }
    });

  // 5. References, dates and country codes.
  for (const org of dataset.organisations) {
    const report = reporter('organisations', org.id);
    ref(report, 'organisations', org.parent, 'parent');
    if (org.parent === org.id) report('parent', 'an organisation cannot be its own parent');
    refs(report, 'sectors', org.sectors, 'sectors');
    country(report, org.country, 'country');
    if (org.country === null && org.countryInferred) report('countryInferred', 'country is null, so it cannot be inferred');
  }
  for (const person of dataset.people) {
    ref(reporter('people', person.id), 'organisations', person.organisation, 'organisation');
  }
  for (const event of dataset.events) {
    const report = reporter('events', event.id);
    event.participants.forEach((p, i) => ref(report, 'organisations', p.organisation, `participants[${i}].organisation`));
    event.people.forEach((p, i) => ref(report, 'people', p.person, `people[${i}].person`));
    refs(report, 'sectors', event.sectors, 'sectors');
    ref(report, 'delegations', event.delegation, 'delegation');
    ref(report, 'series', event.series, 'series');
    unnamed(report, event.unnamedParticipants);
    follows(report, { kind: 'event', id: event.id, start: event.date.start }, event.follows);
    ref(report, 'events', event.partOf, 'partOf');
    if (event.partOf === event.id) report('partOf', 'an event cannot be part of itself');
    country(report, event.location.country, 'location.country');
    checkDate(event.date, report);
  }
  for (const delegation of dataset.delegations) {
    const report = reporter('delegations', delegation.id);
    refs(report, 'organisations', delegation.organisers, 'organisers');
    refs(report, 'organisations', delegation.members, 'members');
    refs(report, 'sectors', delegation.sectors, 'sectors');
    country(report, delegation.from.country, 'from.country');
    delegation.to.forEach((t, i) => country(report, t.country, `to[${i}].country`));
    unnamed(report, delegation.unnamedParticipants);
    follows(report, { kind: 'delegation', id: delegation.id, start: delegation.date.start }, delegation.follows);
    delegation.stops.forEach((stop, i) => {
      refs(report, 'organisations', stop.organisations, `stops[${i}].organisations`);
      ref(report, 'events', stop.event, `stops[${i}].event`);
      country(report, stop.country, `stops[${i}].country`);
      if (stop.date) checkDate(stop.date, report, `stops[${i}].date`);
    });
    checkDate(delegation.date, report);
  }
  for (const agreement of dataset.agreements) {
    const report = reporter('agreements', agreement.id);
    refs(report, 'organisations', agreement.parties, 'parties');
    ref(report, 'events', agreement.event, 'event');
    unnamed(report, agreement.unnamedParticipants);
    follows(report, { kind: 'agreement', id: agreement.id, start: agreement.date.start }, agreement.follows);
    refs(report, 'sectors', agreement.sectors, 'sectors');
    checkDate(agreement.date, report);
    if (agreement.parties.length === 0 && !agreement.unnamedParties) {
      report('parties', 'an agreement needs named parties or an unnamedParties description');
    }
  }

  // 6. Series: each has editions, and its editions stay separate events (no two share a start date).
  if (!unavailable.has('events')) {
    const editions = new Map<string, Array<{ id: string; start: string | null }>>();
    for (const event of dataset.events) {
      if (!event.series) continue;
      const list = editions.get(event.series) ?? [];
      list.push({ id: event.id, start: event.date.start });
      editions.set(event.series, list);
    }
    const referenced = new Set<unknown>((files.events as Array<{ series?: unknown } | null>).map((item) => item?.series));
    for (const series of dataset.series) {
      const report = reporter('series', series.id);
      const list = editions.get(series.id) ?? [];
      // An edition that failed the schema still names its series: no second error for it here.
      if (!referenced.has(series.id)) report('', 'no event is an edition of this series (set events[].series)');
      const byStart = new Map<string, string>();
      for (const edition of list) {
        if (!edition.start) continue;
        const other = byStart.get(edition.start);
        if (other) report('', `editions "${other}" and "${edition.id}" share the date ${edition.start}; one event per edition`);
        else byStart.set(edition.start, edition.id);
      }
    }
  }

  return { errors, dataset };
}
