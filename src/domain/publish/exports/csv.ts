/**
 * CSV as RFC 4180 describes it, written for spreadsheets first: UTF-8 with a byte-order mark
 * (without it Excel reads 通力 and Västerås as mojibake), CRLF line ends, every field quoted.
 */
import type { TimelineRecord } from '../../dataset/index.ts';
import { organisationsText, toExportRecord, type ExportContext } from './exportRecord.ts';

export const csvMimeType = 'text/csv;charset=utf-8';
const byteOrderMark = '\uFEFF';

import { csvColumns, type CsvColumn } from './csvColumns.ts';
import { englishWording } from './wording.ts';

export { csvColumns };
export type { CsvColumn };

/** One field, always quoted, inner quotes doubled; line breaks inside stay (quoted fields may hold them). */
export function csvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** Rows to a CSV document: BOM, CRLF after every row (the last included). */
export function toCsv(rows: ReadonlyArray<readonly string[]>): string {
  return byteOrderMark + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

const listSeparator = '; ';
/** Quotes hold semicolons and paragraph breaks: a line of three hyphens between them inside the cell instead. */
const lineSeparator = '\n---\n';

// Excel, LibreOffice and Google Sheets run a cell that starts with one of these as a formula
// ("=HYPERLINK(…)" in a title would become a live link): a leading apostrophe makes it text,
// as OWASP's CSV-injection advice says.
const formulaStart = /^[=+\-@\t\r]/;

/** A cell a spreadsheet shows as text, never evaluates. */
export function spreadsheetText(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

export function csvRow(record: TimelineRecord, context: ExportContext): Record<CsvColumn, string> {
  const out = toExportRecord(record, context);
  const wording = context.wording ?? englishWording;
  return {
    type: out.type,
    id: out.id,
    title: out.title,
    kind: wording.kind(record),
    status: wording.status(record),
    date: out.dateText,
    date_start: out.date.start ?? '',
    date_end: out.date.end ?? '',
    date_precision: out.datePrecision,
    date_basis: out.dateBasis ?? (out.date.start === null ? wording.words.yearNotStated : wording.words.statedInSource),
    place: out.place ?? '',
    online: out.online ? 'true' : 'false',
    countries: out.countries.join(listSeparator),
    country_names: out.countries.map(wording.country).join(listSeparator),
    sectors: out.sectors.map((s) => s.label).join(listSeparator),
    organisations: organisationsText(out.organisations, wording),
    party_ids: out.organisations.map((o) => o.id).join(listSeparator),
    party_names: out.organisations.map((o) => o.name).join(listSeparator),
    party_roles: out.organisations.map((o) => o.roles.join(', ')).join(listSeparator),
    unnamed_parties: [
      ...(out.unnamed ? [out.unnamed] : []),
      ...out.unnamedParticipants.map((u) => (u.countryName ? `${u.description} (${u.countryName})` : u.description)),
    ].join(listSeparator),
    figures: out.figures.map((f) => f.text).join(listSeparator),
    figure_values: out.figures.map((f) => String(f.value)).join(listSeparator),
    figure_qualifiers: out.figures.map((f) => f.qualifier).join(listSeparator),
    figure_counts: out.figures.map((f) => f.counts).join(listSeparator),
    summary: out.summary,
    url: out.url,
    sources: out.sources.map((s) => s.title).join(listSeparator),
    evidence_quotes: out.evidence.map((e) => e.quote).join(lineSeparator),
    evidence_sources: out.evidence.map((e) => e.source).join(lineSeparator),
    evidence_urls: out.evidence.map((e) => e.url).join(lineSeparator),
  };
}

/** A header row, then one row per record in the order given. */
export function recordsToCsv(records: readonly TimelineRecord[], context: ExportContext): string {
  const rows = records.map((record) => {
    const row = csvRow(record, context);
    return csvColumns.map((column) => spreadsheetText(row[column]));
  });
  const wording = context.wording ?? englishWording;
  return toCsv([csvColumns.map(wording.csvHeader), ...rows]);
}
