/**
 * Which records rest on which article: every evidence quote, grouped by source, so a
 * source page can highlight its passages and list the records citing it.
 */
import { paths } from '../paths.ts';
import type { Evidence, RawDataset } from '../records/index.ts';
import { msg } from '../records/index.ts';

export const citingKinds = ['event', 'delegation', 'agreement', 'organisation', 'person'] as const;
export type CitingKind = (typeof citingKinds)[number];

export const citingKindLabels: Record<CitingKind, { one: string; many: string }> = {
  event: { one: msg('Event'), many: msg('Events') },
  delegation: { one: msg('Delegation'), many: msg('Delegations') },
  agreement: { one: msg('Agreement'), many: msg('Agreements') },
  organisation: { one: msg('Organisation'), many: msg('Organisations') },
  person: { one: msg('Person'), many: msg('People') },
};

export interface CitingRecord {
  kind: CitingKind;
  id: string;
  title: string;
  /** The page that shows the record. People have no page of their own: theirs is their organisation's. */
  href: string | null;
}

/** One record's quotes from one source. */
export interface SourceCitation {
  record: CitingRecord;
  quotes: string[];
}

export function citingRecordKey(record: Pick<CitingRecord, 'kind' | 'id'>): string {
  return `${record.kind}:${record.id}`;
}

const citationsCache = new WeakMap<RawDataset, Map<string, SourceCitation[]>>();

/**
 * Every source id → the records citing it, in data order within each kind, kinds in `citingKinds` order.
 * Kept per dataset, since building it is a pass over every record and the build asks once per source
 * page: treat the answer as read-only.
 */
export function citationsBySource(raw: RawDataset): Map<string, SourceCitation[]> {
  let bySource = citationsCache.get(raw);
  if (!bySource) {
    bySource = buildCitationsBySource(raw);
    citationsCache.set(raw, bySource);
  }
  return bySource;
}

function buildCitationsBySource(raw: RawDataset): Map<string, SourceCitation[]> {
  const bySource = new Map<string, SourceCitation[]>();
  const add = (record: CitingRecord, evidence: readonly Evidence[]) => {
    const quotesBySource = new Map<string, string[]>();
    for (const { source, quote } of evidence) {
      const quotes = quotesBySource.get(source) ?? [];
      if (!quotes.includes(quote)) quotes.push(quote);
      quotesBySource.set(source, quotes);
    }
    for (const [source, quotes] of quotesBySource) {
      const citations = bySource.get(source);
      if (citations) citations.push({ record, quotes });
      else bySource.set(source, [{ record, quotes }]);
    }
  };
  for (const e of raw.events) add({ kind: 'event', id: e.id, title: e.title, href: paths.event(e.id) }, e.evidence);
  for (const d of raw.delegations) {
    add({ kind: 'delegation', id: d.id, title: d.title, href: paths.delegation(d.id) }, d.evidence);
  }
  for (const a of raw.agreements) add({ kind: 'agreement', id: a.id, title: a.title, href: paths.agreement(a.id) }, a.evidence);
  for (const o of raw.organisations) {
    add({ kind: 'organisation', id: o.id, title: o.name, href: paths.organisation(o.id) }, o.evidence);
  }
  for (const p of raw.people) {
    add({ kind: 'person', id: p.id, title: p.name, href: p.organisation ? paths.organisation(p.organisation) : null }, p.evidence);
  }
  return bySource;
}

export function countByKind(citations: readonly SourceCitation[]): Record<CitingKind, number> {
  const counts: Record<CitingKind, number> = { event: 0, delegation: 0, agreement: 0, organisation: 0, person: 0 };
  for (const { record } of citations) counts[record.kind] += 1;
  return counts;
}

/** "12 events · 3 delegations · 1 agreement"; kinds with no record are left out. */
export function formatKindCounts(
  counts: Record<CitingKind, number>,
  kinds: readonly CitingKind[] = citingKinds,
  /** One kind's count in the interface language; English by default. */
  countText: (kind: CitingKind, count: number) => string = (kind, count) =>
    `${count} ${(count === 1 ? citingKindLabels[kind].one : citingKindLabels[kind].many).toLowerCase()}`,
): string {
  return kinds
    .filter((kind) => counts[kind] > 0)
    .map((kind) => countText(kind, counts[kind]))
    .join(' · ');
}
