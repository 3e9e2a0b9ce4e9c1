/**
 * One timeline record flattened for a file: everything a spreadsheet, a script or a calendar
 * needs, resolved to names and absolute URLs, so a file makes sense away from the app.
 */
import { quoteAnchor } from '../../sources/index.ts';
import type { DatasetIndex, TimelineRecord } from '../../dataset/index.ts';
import { precisionOf } from '../../records/index.ts';
import { paths } from '../../paths.ts';
import type { Figure, RecordDate, RecordType } from '../../records/index.ts';
import { englishWording, type ExportWording } from './wording.ts';

export interface ExportContext {
  index: DatasetIndex;
  /** A router path ("/events/x") as an absolute URL, base path included. */
  pageUrl: (routerPath: string) => string;
  /** The words of the file (names, titles, labels); English when not given. */
  wording?: ExportWording;
}

export interface ExportOrganisation {
  id: string;
  name: string;
  /** Role ids in the record ("host", "participant", …); one organisation may hold several. */
  roles: string[];
}

export interface ExportSource {
  id: string;
  title: string;
  /** The source page, scrolled to the first passage this record quotes from it. */
  url: string;
}

export interface ExportFigure extends Figure {
  /** As the app words it: "more than 30 Finnish enterprises". */
  text: string;
}

export interface ExportUnnamedParticipant {
  country: string | null;
  countryName: string | null;
  description: string;
}

export interface ExportEvidence {
  source: string;
  sourceTitle: string;
  /** Verbatim, as in the article. */
  quote: string;
  note?: string;
  /** The source page scrolled to this passage. */
  url: string;
}

/** How precisely the data knows the start date: the text's own precision, or unknown when no year is stated. */
export type ExportDatePrecision = 'day' | 'month' | 'year' | 'no-year';

export interface ExportRecord {
  type: RecordType;
  id: string;
  title: string;
  /** Event kind, "delegation" or "agreement". */
  kind: string;
  /**
   * "took-place" or "planned" for events and delegations; an agreement's own status
   * ("signed", "memorandum", "potential", …), which says more than "took place" would.
   */
  status: string;
  /** The date exactly as in the data (start/end at the text's precision, basis). */
  date: RecordDate;
  /** The date as the app shows it. */
  dateText: string;
  datePrecision: ExportDatePrecision;
  /** How the date is known when the text does not state it next to the fact; null when it does. */
  dateBasis: string | null;
  figures: ExportFigure[];
  /** Parties, members or participants the text describes without naming (agreements, delegations). */
  unnamed: string | null;
  unnamedParticipants: ExportUnnamedParticipant[];
  place: string | null;
  online: boolean;
  countries: string[];
  sectors: Array<{ id: string; label: string }>;
  organisations: ExportOrganisation[];
  summary: string;
  url: string;
  sources: ExportSource[];
  evidence: ExportEvidence[];
}

export function exportKind(record: TimelineRecord): string {
  return record.type === 'event' ? record.kind : record.type;
}

export function exportStatus(record: TimelineRecord): string {
  return record.type === 'agreement' ? record.kind : record.status;
}

/** Kind as a reader sees it: "Matchmaking session", "Delegation", "Agreement". */
export function kindLabel(record: TimelineRecord): string {
  return englishWording.kind(record);
}

/** Status as a reader sees it: "Took place", "Planned", or an agreement's "Memorandum", "Potential", … */
export function statusLabel(record: TimelineRecord): string {
  return englishWording.status(record);
}

function organisationsOf(record: TimelineRecord, index: DatasetIndex, wording: ExportWording): ExportOrganisation[] {
  const byId = new Map<string, ExportOrganisation>();
  for (const { id, role } of record.organisations) {
    const entry = byId.get(id) ?? { id, name: wording.organisation(id, index.organisationsById.get(id)?.name ?? id), roles: [] };
    if (!entry.roles.includes(role)) entry.roles.push(role);
    byId.set(id, entry);
  }
  return [...byId.values()];
}

function sourcesOf(record: TimelineRecord, { index, pageUrl, wording = englishWording }: ExportContext): ExportSource[] {
  const firstQuote = new Map<string, string>();
  for (const { source, quote } of record.evidence) if (!firstQuote.has(source)) firstQuote.set(source, quote);
  return [...firstQuote].map(([id, quote]) => ({
    id,
    title: wording.source(id, index.sourcesById.get(id)?.title.en ?? id),
    url: pageUrl(paths.source(id, quoteAnchor(quote))),
  }));
}

/** The fields of the raw record the timeline shape leaves out. */
function rawExtras(record: TimelineRecord, index: DatasetIndex) {
  if (record.type === 'event') {
    const e = index.eventsById.get(record.id);
    return { figures: e?.figures ?? [], unnamed: null, unnamedParticipants: e?.unnamedParticipants ?? [] };
  }
  if (record.type === 'delegation') {
    const d = index.delegationsById.get(record.id);
    return { figures: d?.figures ?? [], unnamed: d?.unnamedMembers ?? null, unnamedParticipants: d?.unnamedParticipants ?? [] };
  }
  const a = index.agreementsById.get(record.id);
  return { figures: a?.figures ?? [], unnamed: a?.unnamedParties ?? null, unnamedParticipants: a?.unnamedParticipants ?? [] };
}

function evidenceOf(record: TimelineRecord, { index, pageUrl, wording = englishWording }: ExportContext): ExportEvidence[] {
  return record.evidence.map(({ source, quote, note }) => ({
    source,
    sourceTitle: wording.source(source, index.sourcesById.get(source)?.title.en ?? source),
    quote,
    ...(note ? { note: wording.phrase(note) } : {}),
    url: pageUrl(paths.source(source, quoteAnchor(quote))),
  }));
}

export function datePrecision(date: RecordDate): ExportDatePrecision {
  return date.start === null ? 'no-year' : precisionOf(date.start);
}

export function toExportRecord(record: TimelineRecord, context: ExportContext): ExportRecord {
  const { index, pageUrl, wording = englishWording } = context;
  const extras = rawExtras(record, index);
  return {
    type: record.type,
    id: record.id,
    title: wording.recordTitle(record),
    kind: exportKind(record),
    status: exportStatus(record),
    date: record.date,
    dateText: wording.date(record.date),
    datePrecision: datePrecision(record.date),
    dateBasis: record.date.basis ?? null,
    figures: extras.figures.map((figure) => ({ ...figure, counts: wording.phrase(figure.counts), text: wording.figure({ ...figure, counts: wording.phrase(figure.counts) }) })),
    unnamed: extras.unnamed === null ? null : wording.recordField(record, record.type === 'delegation' ? 'unnamedMembers' : 'unnamedParties', extras.unnamed),
    unnamedParticipants: extras.unnamedParticipants.map((u) => ({
      country: u.country,
      countryName: u.country ? wording.country(u.country) : null,
      description: wording.phrase(u.description),
    })),
    place: record.place === null ? null : wording.placeLine(record.place),
    online: record.online,
    countries: record.countries,
    sectors: record.sectors.map((id) => ({ id, label: wording.sector(id, index.sectorsById.get(id)?.label ?? id) })),
    organisations: organisationsOf(record, index, wording),
    summary: wording.recordSummary(record),
    url: pageUrl(paths.record(record.type, record.id)),
    sources: sourcesOf(record, context),
    evidence: evidenceOf(record, context),
  };
}

/** "KONE (Participant); Business Finland (Host, Organiser)". */
export function organisationsText(organisations: readonly ExportOrganisation[], wording: ExportWording = englishWording): string {
  return organisations.map((o) => `${o.name} (${o.roles.map(wording.role).join(wording.words.listSeparator)})`).join('; ');
}

export function countryNames(codes: readonly string[], wording: ExportWording = englishWording): string[] {
  return codes.map(wording.country);
}
