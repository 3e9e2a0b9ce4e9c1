/**
 * CSV as RFC 4180 describes it, written for spreadsheets first: UTF-8 with a byte-order mark
 * (without it Excel reads 通力 and Västerås as mojibake), CRLF line ends, every field quoted.
 */
import type { TimelineRecord } from '../../dataset/index.ts';
import { countryNames, kindLabel, organisationsText, statusLabel, toExportRecord, type ExportContext } from './exportRecord.ts';

export const csvMimeType = 'text/csv;charset=utf-8';
const byteOrderMark = '\uFEFF';

export const csvColumns = [
  'type',
  'id',
  'title',
  'kind',
  'status',
  'date',
  'date_start',
  'date_end',
  'place',
  'online',
  'countries',
  'country_names',
  'sectors',
  'organisations',
  'summary',
  'url',
  'sources',
] as const;

export type CsvColumn = (typeof csvColumns)[number];

/** One field, always quoted, inner quotes doubled; line breaks inside stay (quoted fields may hold them). */
export function csvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** Rows to a CSV document: BOM, CRLF after every row (the last included). */
export function toCsv(rows: ReadonlyArray<readonly string[]>): string {
  return byteOrderMark + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

const listSeparator = '; ';

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
  return {
    type: out.type,
    id: out.id,
    title: out.title,
    kind: kindLabel(record),
    status: statusLabel(record),
    date: out.dateText,
    date_start: out.date.start ?? '',
    date_end: out.date.end ?? '',
    place: out.place ?? '',
    online: out.online ? 'true' : 'false',
    countries: out.countries.join(listSeparator),
    country_names: countryNames(out.countries).join(listSeparator),
    sectors: out.sectors.map((s) => s.label).join(listSeparator),
    organisations: organisationsText(out.organisations),
    summary: out.summary,
    url: out.url,
    sources: out.sources.map((s) => s.title).join(listSeparator),
  };
}

/** A header row, then one row per record in the order given. */
export function recordsToCsv(records: readonly TimelineRecord[], context: ExportContext): string {
  const rows = records.map((record) => {
    const row = csvRow(record, context);
    return csvColumns.map((column) => spreadsheetText(row[column]));
  });
  return toCsv([[...csvColumns], ...rows]);
}
