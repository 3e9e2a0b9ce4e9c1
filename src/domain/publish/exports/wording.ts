/**
 * The words an export is written in: names, titles, kinds, roles, dates and the few fixed phrases of the
 * files. English by default; the interface passes its own language's wording (Chinese names in
 * Simplified script, our marked translations, the Chinese tables), so a file made from a /zh/ page
 * reads as the page does. Quotes, ids, codes and URLs are never translated.
 */
import type { TimelineRecord } from '../../dataset/index.ts';
import { agreementStatusLabels, countryName, eventKindLabels, formatFigure, formatRecordDate, recordStatusLabels, recordTypeLabels, roleLabel } from '../../records/index.ts';
import type { AgreementStatus, EventKind, Figure, RecordDate } from '../../records/index.ts';
import type { CsvColumn } from './csvColumns.ts';

export interface ExportWording {
  /** BCP 47 tag of the file's words ("en", "zh-Hans"). */
  lang: string;
  /** Kind as a reader sees it: "Matchmaking session", "Delegation", "Agreement". */
  kind(record: TimelineRecord): string;
  /** "Took place", "Planned", or an agreement's "Memorandum", "Potential", … */
  status(record: TimelineRecord): string;
  role(role: string): string;
  country(code: string): string;
  date(date: RecordDate): string;
  figure(figure: Figure): string;
  /** A record's title or summary, an organisation's name, a sector's label, a source's title. */
  recordTitle(record: TimelineRecord): string;
  recordSummary(record: TimelineRecord): string;
  organisation(id: string, englishName: string): string;
  sector(id: string, englishLabel: string): string;
  source(id: string, englishTitle: string): string;
  /** Our short text (a note, an unnamed party, a place line joined with ", "). */
  phrase(english: string): string;
  placeLine(english: string): string;
  /** A record field of ours ("unnamedParties", "unnamedMembers") by its file and id. */
  recordField(record: TimelineRecord, field: string, english: string): string;
  csvHeader(column: CsvColumn): string;
  /** The fixed phrases. */
  words: {
    online: string;
    /** "Source: {title} {url}" in a calendar entry's description. */
    source: (title: string, url: string) => string;
    knownToMonth: string;
    knownToYear: string;
    yearNotStated: string;
    statedInSource: string;
    listSeparator: string;
  };
}

export const englishWording: ExportWording = {
  lang: 'en',
  kind: (record) => (record.type === 'event' ? (eventKindLabels[record.kind as EventKind] ?? record.kind) : recordTypeLabels[record.type]),
  status: (record) => (record.type === 'agreement' ? (agreementStatusLabels[record.kind as AgreementStatus] ?? record.kind) : recordStatusLabels[record.status]),
  role: roleLabel,
  country: countryName,
  date: formatRecordDate,
  figure: formatFigure,
  recordTitle: (record) => record.title,
  recordSummary: (record) => record.summary,
  organisation: (_id, name) => name,
  sector: (_id, label) => label,
  source: (_id, title) => title,
  phrase: (english) => english,
  placeLine: (english) => english,
  recordField: (_record, _field, english) => english,
  csvHeader: (column) => column,
  words: {
    online: 'Online',
    source: (title, url) => `Source: ${title} ${url}`,
    knownToMonth: '(date known only to the month)',
    knownToYear: '(date known only to the year)',
    yearNotStated: 'year not stated in the source',
    statedInSource: 'stated in the source',
    listSeparator: ', ',
  },
};
