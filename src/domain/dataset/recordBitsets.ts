/**
 * Bitset indexes over a list of timeline records, built once per list (cached by identity),
 * so filtering and facet counting at 100,000 records are word-wise ANDs, ORs and popcounts
 * rather than a predicate call per record per facet.
 *
 * Bit i stands for records[i]. A filter's mask is null when the filter is not active (all bits).
 */
import { bitsetWords, setBit, type Bitset } from '../structures/index.ts';
import type { TimelineRecord } from './timelineRecord.ts';
import type { SearchIndex } from '../search/index.ts';
import { filterStatusOf } from '../records/index.ts';

export type Mask = Bitset;

/** What answers a text query with the positions whose text has every token (search/SearchIndex, or a column index's search). */
export interface TextMatcher {
  matching(tokens: readonly string[]): Mask;
}

export interface RecordBitsets {
  /** The records the bits stand for; empty for an index read from columns (timelineIndex), which has no record objects. */
  records: readonly TimelineRecord[];
  /** Number of positions. */
  size: number;
  words: number;
  types: Map<string, Mask>;
  countries: Map<string, Mask>;
  sectors: Map<string, Mask>;
  /** Countries a record's parties come from, and where it is located (recordGeo). */
  origins: Map<string, Mask>;
  hosts: Map<string, Mask>;
  /** Status filter value (records/filterStatusOf) → records. */
  statuses: Map<string, Mask>;
  /** Organisation → record positions, in no particular order (a bitset per organisation would cost too much memory). */
  organisations: Map<string, Int32Array>;
  /** Earliest and latest month (YYYYMM) each record can cover; -1 when the year is unknown. */
  spanFirst: Int32Array;
  spanLast: Int32Array;
  /** Year of each record's start, or -1. Month (1–12) of its start, or 0. */
  year: Int32Array;
  month: Int8Array;
  /** Record positions in each sort order, computed when first asked for. */
  order: { newest?: Uint32Array; oldest?: Uint32Array };
  /** The search index whose positions are this list's (indexDataset's list), or null: then see textMask. */
  search: TextMatcher | null;
  /** The last text query's tokens and mask: filterRecords, facetCounts and densityBuckets all ask for it. */
  lastText: { tokens: string[]; mask: Mask } | null;
}

/** What the caller already has for a list of records (indexDataset: the search index, and the list's order). */
export interface KnownForRecords {
  search?: SearchIndex;
  /** The list is in newest-first order (as sortRecords gives it). */
  newestFirst?: boolean;
}

const cache = new WeakMap<readonly TimelineRecord[], RecordBitsets>();

/**
 * Collects the records' facet values position by position. recordBitsets feeds it from the records;
 * indexDataset from the numbers it kept while building them, rather than reading 100,000 records' strings
 * again in timeline order.
 */
export class RecordBitsetsBuilder {
  readonly words: number;
  private readonly types = new Map<string, Mask>();
  private readonly countries = new Map<string, Mask>();
  private readonly sectors = new Map<string, Mask>();
  private readonly origins = new Map<string, Mask>();
  private readonly hosts = new Map<string, Mask>();
  private readonly statuses = new Map<string, Mask>();
  private readonly organisationLists = new Map<string, number[]>();
  private readonly organisations = new Map<string, Int32Array>();
  private readonly spanFirst: Int32Array;
  private readonly spanLast: Int32Array;
  private readonly year: Int32Array;
  private readonly month: Int8Array;

  constructor(readonly size: number) {
    this.words = bitsetWords(size);
    this.spanFirst = new Int32Array(size);
    this.spanLast = new Int32Array(size);
    this.year = new Int32Array(size);
    this.month = new Int8Array(size);
  }

  private add(map: Map<string, Mask>, key: string, i: number): void {
    let mask = map.get(key);
    if (!mask) {
      mask = new Uint32Array(this.words);
      map.set(key, mask);
    }
    setBit(mask, i);
  }

  type(value: string, i: number): void {
    this.add(this.types, value, i);
  }

  country(value: string, i: number): void {
    this.add(this.countries, value, i);
  }

  sector(value: string, i: number): void {
    this.add(this.sectors, value, i);
  }

  origin(value: string, i: number): void {
    this.add(this.origins, value, i);
  }

  host(value: string, i: number): void {
    this.add(this.hosts, value, i);
  }

  status(value: string, i: number): void {
    this.add(this.statuses, value, i);
  }

  /** The positions of the organisation's records, all at once (instead of organisation()). */
  organisationPositions(id: string, positions: Int32Array): void {
    this.organisations.set(id, positions);
  }

  organisation(id: string, i: number): void {
    const list = this.organisationLists.get(id);
    if (list === undefined) this.organisationLists.set(id, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  }

  /** The record's month span (-1 for none) and sort key (yyyymmdd of its start, or null). */
  date(i: number, spanFirst: number, spanLast: number, sortKey: number | null): void {
    this.spanFirst[i] = spanFirst;
    this.spanLast[i] = spanLast;
    // The year and month of the start, without parsing the date again.
    this.year[i] = sortKey === null ? -1 : Math.floor(sortKey / 10000);
    this.month[i] = sortKey === null ? 0 : Math.floor(sortKey / 100) % 100;
  }

  /** The bitsets for `records` (whose position i the values above were given for), cached for later calls. */
  build(records: readonly TimelineRecord[], known: KnownForRecords = {}): RecordBitsets {
    if (records.length !== this.size) throw new Error(`${records.length} records for ${this.size} positions`);
    if (known.search && known.search.size !== this.size) throw new Error(`search index of ${known.search.size} records for ${this.size}`);
    const bitsets = this.bitsets(records, known.newestFirst ? { newest: identity(this.size) } : {}, known.search ?? null);
    cache.set(records, bitsets);
    return bitsets;
  }

  /**
   * The bitsets of positions with no record objects behind them (a column index): the orders must be given,
   * as there are no records to sort.
   */
  buildWithoutRecords(order: { newest: Uint32Array; oldest: Uint32Array }, search: TextMatcher | null): RecordBitsets {
    return this.bitsets([], order, search);
  }

  private bitsets(records: readonly TimelineRecord[], order: RecordBitsets['order'], search: TextMatcher | null): RecordBitsets {
    const { organisations } = this;
    for (const [id, list] of this.organisationLists) organisations.set(id, Int32Array.from(list));
    return {
      records,
      size: this.size,
      words: this.words,
      types: this.types,
      countries: this.countries,
      sectors: this.sectors,
      origins: this.origins,
      hosts: this.hosts,
      statuses: this.statuses,
      organisations,
      spanFirst: this.spanFirst,
      spanLast: this.spanLast,
      year: this.year,
      month: this.month,
      order,
      search,
      lastText: null,
    };
  }
}

export function recordBitsets(records: readonly TimelineRecord[]): RecordBitsets {
  const cached = cache.get(records);
  if (cached) return cached;
  const builder = new RecordBitsetsBuilder(records.length);
  for (let i = 0; i < records.length; i += 1) {
    const record = records[i]!;
    builder.type(record.type, i);
    for (const country of record.countries) builder.country(country, i);
    for (const sector of record.sectors) builder.sector(sector, i);
    for (const origin of record.geo.origins) builder.origin(origin, i);
    for (const host of record.geo.hosts) builder.host(host, i);
    builder.status(filterStatusOf(record), i);
    for (const { id } of record.organisations) builder.organisation(id, i);
    builder.date(i, record.span?.first ?? -1, record.span?.last ?? -1, record.sortKey);
  }
  return builder.build(records);
}

export function identity(n: number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  return order;
}
