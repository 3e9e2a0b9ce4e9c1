/**
 * JSON export of a view: what was asked for (the filters, or the organisation), when, and the
 * records with their dates exactly as the data states them.
 */
import type { TimelineRecord } from '../../dataset/index.ts';
import type { TimelineFilters } from '../../query/index.ts';
import type { Organisation } from '../../records/index.ts';
import { toExportRecord, type ExportContext, type ExportRecord } from './exportRecord.ts';

export const jsonMimeType = 'application/json';

export type ExportView =
  | { kind: 'timeline'; filters: TimelineFilters; filtered: boolean }
  | { kind: 'organisation'; organisation: Organisation };

export interface JsonExport {
  generated: string;
  /** The page the file was downloaded from, filters included. */
  view: string;
  filters?: TimelineFilters;
  organisation?: { id: string; name: string; names: Record<string, string>; url: string };
  count: number;
  records: ExportRecord[];
}

export interface JsonExportInput {
  view: ExportView;
  /** Absolute URL of the page (with its query string). */
  viewUrl: string;
  records: readonly TimelineRecord[];
  context: ExportContext;
  generated: Date;
}

export function buildJsonExport({ view, viewUrl, records, context, generated }: JsonExportInput): JsonExport {
  const head =
    view.kind === 'timeline'
      ? { filters: view.filters }
      : {
          organisation: {
            id: view.organisation.id,
            name: view.organisation.name,
            names: view.organisation.names,
            url: viewUrl.replace(/[?#].*$/, ''),
          },
        };
  return {
    generated: generated.toISOString(),
    view: viewUrl,
    ...head,
    count: records.length,
    records: records.map((record) => toExportRecord(record, context)),
  };
}

/** Indented, with a final newline: meant to be read and diffed as well as parsed. */
export function recordsToJson(input: JsonExportInput): string {
  return `${JSON.stringify(buildJsonExport(input), null, 2)}\n`;
}
