/**
 * The timeline's query engine over its columnar index (domain/timelineIndex): fetches the index's meta file
 * and first tables once, the organisations' tables when a filter or the organisation picker needs them, and
 * the search chunks a query's words need; then answers filters with the bitset engine. It runs in the
 * timeline's worker (store/timelineWorker.ts), and in the page's own thread where there are no workers (prerendering,
 * tests): the same code and the same files at every size.
 */
import { isScriptConverterLoaded, loadScriptConverter } from '../i18n/index.ts';
import { containsHan } from '../records/index.ts';
import type { RecordBitsets } from '../dataset/index.ts';
import type { TimelineFilters } from '../query/index.ts';
import { searchTokens } from '../search/index.ts';
import { answerQuery, type TimelineAnswer } from './answer.ts';
import { decodeOrganisationIds, decodeTimelineTables, firstTables, type TableName } from './arrowTables.ts';
import { columnBitsets } from './columnBitsets.ts';
import { timelineIndexMetaPath, type TimelineIndexMeta } from './meta.ts';
import { ChunkedSearch } from './searchChunks.ts';

/** Fetches one file of the site by its path from the base ("data/timeline/index.json"). */
export type FileSource = (path: string) => Promise<ArrayBuffer | Uint8Array>;

export interface TimelineQuery {
  filters: TimelineFilters;
  /** Load the organisations' tables even if no filter needs them (the organisation picker's counts). */
  organisations?: boolean;
}

const usesOrganisations = (filters: TimelineFilters) => filters.orgs.length > 0 || filters.excluded.orgs.length > 0;

export class TimelineEngine {
  private meta: TimelineIndexMeta | null = null;
  private first: Promise<void> | null = null;
  private organisationsLoad: Promise<void> | null = null;
  private tables: Partial<Record<TableName, ArrayBuffer | Uint8Array>> = {};
  private organisationIds: string[] = [];
  private bitsets: RecordBitsets | null = null;
  private search: ChunkedSearch | null = null;
  private withOrganisations = false;

  constructor(private readonly source: FileSource) {}

  private loadFirst(): Promise<void> {
    this.first ??= (async () => {
      const metaBytes = await this.source(timelineIndexMetaPath);
      const meta = JSON.parse(new TextDecoder().decode(metaBytes)) as TimelineIndexMeta;
      const loaded = await Promise.all(firstTables.map((name) => this.source(meta.tables[name])));
      firstTables.forEach((name, i) => {
        this.tables[name] = loaded[i]!;
      });
      this.meta = meta;
      this.search = new ChunkedSearch(meta.rows, meta.search.firsts, (chunk) => this.source(meta.search.files[chunk]!));
      this.rebuild();
    })();
    return this.first;
  }

  private loadOrganisations(): Promise<void> {
    this.organisationsLoad ??= (async () => {
      await this.loadFirst();
      const meta = this.meta!;
      const [values, ids] = await Promise.all([this.source(meta.tables.organisations), this.source(meta.tables.organisationIds)]);
      this.tables.organisations = values;
      this.organisationIds = decodeOrganisationIds(ids);
      this.withOrganisations = true;
      this.rebuild();
    })();
    return this.organisationsLoad;
  }

  private rebuild(): void {
    const meta = this.meta!;
    const columns = decodeTimelineTables(this.tables as Parameters<typeof decodeTimelineTables>[0]);
    this.bitsets = columnBitsets(columns, { countries: meta.countries, sectors: meta.sectors, organisations: this.organisationIds }, this.search);
  }

  /** Whether answerNow can answer the query without fetching anything. */
  ready({ filters, organisations = false }: TimelineQuery): boolean {
    if (!this.bitsets || !this.search) return false;
    if ((organisations || usesOrganisations(filters)) && !this.withOrganisations) return false;
    if (containsHan(filters.q) && !isScriptConverterLoaded()) return false;
    return this.search.ready(searchTokens(filters.q));
  }

  /** The answer from what is loaded; null when something it needs is not (see ready). */
  answerNow(query: TimelineQuery): TimelineAnswer | null {
    return this.ready(query) ? answerQuery(this.bitsets!, query.filters) : null;
  }

  /** Fetches what the query needs, then answers it. */
  async answer(query: TimelineQuery): Promise<TimelineAnswer> {
    await this.loadFirst();
    if (query.organisations || usesOrganisations(query.filters)) await this.loadOrganisations();
    // The index holds Simplified script; a query in Traditional is converted first. Only a query with Han
    // characters needs the converter, so most visitors never download it.
    if (containsHan(query.filters.q)) await loadScriptConverter();
    await this.search!.prepare(searchTokens(query.filters.q));
    return answerQuery(this.bitsets!, query.filters);
  }
}
