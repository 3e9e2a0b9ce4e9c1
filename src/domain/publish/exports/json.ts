/**
 * JSON export of a view: what was asked for (the filters, or the organisation), when, and the
 * records with their dates exactly as the data states them.
 */
import type { TimelineRecord } from '../../dataset/index.ts';
import type { TimelineFilters } from '../../query/index.ts';
import type { Organisation } from '../../records/index.ts';
import { toExportRecord, type ExportContext, type ExportRecord } from './exportRecord.ts';
import { englishWording } from './wording.ts';

export const jsonMimeType = 'application/json';

export type ExportView =
  | { kind: 'timeline'; filters: TimelineFilters; filtered: boolean }
  | { kind: 'organisation'; organisation: Organisation };

export interface JsonExport {
  generated: string;
  /**
   * In a file made in another interface language: that language, and what in the file is translated.
   * Absent in English files, whose words are the data's own.
   */
  language?: { lang: string; note: string };
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

/** What a translated file says about itself: our words are translated, the sources' are not. */
export const translatedFileNote =
  "Titles, summaries, labels and notes are the atlas's own translation of its English text; names are the sources' own where they give one in this language; quotes are verbatim in their own language.";

export function buildJsonExport({ view, viewUrl, records, context, generated }: JsonExportInput): JsonExport {
  const wording = context.wording ?? englishWording;
  const head =
    view.kind === 'timeline'
      ? { filters: view.filters }
      : {
          organisation: {
            id: view.organisation.id,
            name: wording.organisation(view.organisation.id, view.organisation.name),
            names: view.organisation.names,
            url: viewUrl.replace(/[?#].*$/, ''),
          },
        };
  return {
    generated: generated.toISOString(),
    ...(wording.lang === 'en' ? {} : { language: { lang: wording.lang, note: translatedFileNote } }),
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
