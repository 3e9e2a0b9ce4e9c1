/**
 * The downloadable views of a record list: CSV, JSON and iCalendar writers and their file names. Uses records,
 * dataset, query, sources and paths. Other folders import from this file only.
 */
export { csvMimeType, recordsToCsv } from './csv.ts';
export type { ExportContext } from './exportRecord.ts';
export { datasetFileName, exportFileName } from './fileNames.ts';
export type { ExportFormat } from './fileNames.ts';
export { calendarEvents, icsMimeType, recordsToIcs } from './ics.ts';
export { jsonMimeType, recordsToJson } from './json.ts';
export type { ExportView } from './json.ts';
export { csvHeadersZhHans } from './csvHeadersZhHans.ts';
export { englishWording } from './wording.ts';
export type { ExportWording } from './wording.ts';
