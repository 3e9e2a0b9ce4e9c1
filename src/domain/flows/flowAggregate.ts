/**
 * Flows between countries, counted. The map and the country pages work from rows keyed by
 * (origin, host, month span, record type), not from records: the build writes them once, so
 * their number is bounded by country pairs × months, whatever the number of records.
 */
import type { TimelineRecord } from '../dataset/index.ts';
import type { RecordType } from '../records/index.ts';

/** Records of one type with one month span ([-1, -1]: year unknown) counted under one key. */
export interface CountRow<K> {
  key: K;
  first: number;
  last: number;
  type: RecordType;
  count: number;
}

export type FlowKey = readonly [origin: string, host: string];

export interface MapAggregate {
  /** Records with a flow origin → host (each record once per pair). */
  flows: Array<CountRow<FlowKey>>;
  /** Records involving each country (its `countries`). */
  countries: Array<CountRow<string>>;
  /** Records happening in each named place ("City|CC"). */
  places: Array<CountRow<string>>;
}

function counter<K>(keyOf: (key: K) => string) {
  const rows = new Map<string, CountRow<K>>();
  return {
    add(key: K, record: TimelineRecord) {
      const first = record.span?.first ?? -1;
      const last = record.span?.last ?? -1;
      const id = `${keyOf(key)}\u0000${first}\u0000${last}\u0000${record.type}`;
      const row = rows.get(id);
      if (row) row.count += 1;
      else rows.set(id, { key, first, last, type: record.type, count: 1 });
    },
    rows: () => [...rows.values()],
  };
}

/** The rows for these records: the same function the build runs on all of them and the map on a filtered few. */
export function aggregateMap(records: readonly TimelineRecord[]): MapAggregate {
  const flows = counter<FlowKey>((k) => `${k[0]}>${k[1]}`);
  const countries = counter<string>((k) => k);
  const places = counter<string>((k) => k);
  for (const record of records) {
    for (const pair of record.geo.pairs) flows.add(pair, record);
    for (const country of record.countries) countries.add(country, record);
    for (const place of record.geo.places) places.add(place, record);
  }
  return { flows: flows.rows(), countries: countries.rows(), places: places.rows() };
}

/** What rows can be narrowed by: the record type and the date range (months, as dateMask reads them). */
export interface RowFilter {
  types: readonly string[];
  excludedTypes: readonly string[];
  /** YYYYMM bounds, inclusive; null for open. */
  first: number | null;
  last: number | null;
}

export function rowMatches(row: CountRow<unknown>, filter: RowFilter): boolean {
  if (filter.types.length > 0 && !filter.types.includes(row.type)) return false;
  if (filter.excludedTypes.includes(row.type)) return false;
  if (filter.first === null && filter.last === null) return true;
  return row.first !== -1 && (filter.first === null || row.last >= filter.first) && (filter.last === null || row.first <= filter.last);
}

/** Totals per key over the matching rows. */
export function totalsByKey<K>(rows: ReadonlyArray<CountRow<K>>, filter: RowFilter, keyOf: (key: K) => string): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) if (rowMatches(row, filter)) totals.set(keyOf(row.key), (totals.get(keyOf(row.key)) ?? 0) + row.count);
  return totals;
}

/** One line of the flows table. */
export interface FlowLine {
  origin: string;
  host: string;
  delegation: number;
  event: number;
  agreement: number;
  total: number;
}

/** Per country pair, records by type; `agreements` false leaves agreements out (the layer is off). */
export function flowLines(rows: ReadonlyArray<CountRow<FlowKey>>, filter: RowFilter, agreements = true): FlowLine[] {
  const lines = new Map<string, FlowLine>();
  for (const row of rows) {
    if (!rowMatches(row, filter) || (!agreements && row.type === 'agreement')) continue;
    const [origin, host] = row.key;
    const id = `${origin}>${host}`;
    let line = lines.get(id);
    if (!line) lines.set(id, (line = { origin, host, delegation: 0, event: 0, agreement: 0, total: 0 }));
    line[row.type] += row.count;
    line.total += row.count;
  }
  return [...lines.values()];
}

export const flowSortKeys = ['total', 'origin', 'host', 'delegation', 'event', 'agreement'] as const;
export type FlowSortKey = (typeof flowSortKeys)[number];

/** Numbers largest first, names A–Z; ties by the pair, so the order is stable. */
export function sortFlowLines(
  lines: readonly FlowLine[],
  by: FlowSortKey,
  name: (code: string) => string = (c) => c,
  /** Alphabetical order of the names (the interface language's, the same in Node and browsers). */
  compare: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
): FlowLine[] {
  const pair = (l: FlowLine) => `${name(l.origin)}\u0000${name(l.host)}`;
  return [...lines].sort((a, b) => {
    if (by === 'origin' || by === 'host') return compare(name(a[by]), name(b[by])) || compare(pair(a), pair(b));
    return b[by] - a[by] || b.total - a.total || compare(pair(a), pair(b));
  });
}

/** A country's partners: flows out (it is the origin) and in (it is the host), per partner. */
export interface PartnerLine {
  partner: string;
  out: number;
  in: number;
}

export function partnerLines(lines: readonly FlowLine[], code: string): PartnerLine[] {
  const partners = new Map<string, PartnerLine>();
  const at = (partner: string) => {
    let line = partners.get(partner);
    if (!line) partners.set(partner, (line = { partner, out: 0, in: 0 }));
    return line;
  };
  for (const line of lines) {
    if (line.origin === code) at(line.host).out += line.total;
    if (line.host === code) at(line.origin).in += line.total;
  }
  return [...partners.values()].sort((a, b) => b.out + b.in - (a.out + a.in) || a.partner.localeCompare(b.partner));
}

/** The flows table as CSV (UTF-8 with a byte-order mark, CRLF, every field quoted), as the record exports are. */
export function flowsCsv(lines: readonly FlowLine[], name: (code: string) => string): string {
  const quote = (value: string | number) => `"${String(value).replace(/"/g, '""')}"`;
  const header = ['origin', 'origin_name', 'host', 'host_name', 'delegations', 'events', 'agreements', 'total'];
  const rows = lines.map((l) => [l.origin, name(l.origin), l.host, name(l.host), l.delegation, l.event, l.agreement, l.total]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}
