/**
 * What the benchmark measures, without Node APIs so a browser page can run the same code:
 * index build (indexDataset) and, per typical timeline query, filterRecords + facetCounts +
 * densityBuckets together (what the timeline page computes on every filter change).
 */
import { indexDataset } from '../../domain/dataset/index.ts';
import { type DatasetIndex, type TimelineRecord } from '../../domain/dataset/index.ts';
import { densityBuckets, facetCounts, filterRecords } from '../../domain/query/index.ts';
import { defaultFilters, type TimelineFilters } from '../../domain/query/index.ts';
import type { RawDataset } from '../../domain/records/index.ts';
import { formatMs, keep, summarise, type RunOptions, type TimingStats } from './stats.ts';

/** Targets at 100,000 records. */
export const targets = {
  queryMedianMs: 16,
  queryP95Ms: 50,
  indexBuildMs: 1000,
  /** Dataset size the targets are set for. */
  atRecords: 100_000,
} as const;

export interface BenchQuery {
  name: string;
  filters: TimelineFilters;
  /**
   * The state the timeline was in just before (run untimed before every timed run). Defaults to
   * `resetFilters`: a different text query, so caches of the last text search (which make a repeated
   * identical query cheaper) do not flatter the figures. A query typed letter by letter sets it to
   * the shorter text.
   */
  before?: TimelineFilters;
}

/** Untimed state before each run: a text no record contains, so no text-search cache carries over. */
export const resetFilters: TimelineFilters = { ...defaultFilters, q: 'qqxzbenchreset' };

function topKeys(counts: Map<string, number>, n: number): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([key]) => key);
}

/**
 * The typical queries, chosen from the data so they match at every size: the most frequent
 * country and sector, a Latin and a CJK search word, a five-year range, and five filters at once.
 */
export function typicalQueries(index: DatasetIndex): BenchQuery[] {
  const sectorCounts = new Map<string, number>();
  for (const record of index.records) for (const s of record.sectors) sectorCounts.set(s, (sectorCounts.get(s) ?? 0) + 1);
  const [country1 = 'CN', country2 = 'FI'] = topKeys(index.countryRecordCounts, 2);
  const [sector1 = 'trade-investment', sector2 = sector1] = topKeys(sectorCounts, 2);
  const q = (filters: Partial<TimelineFilters>): TimelineFilters => ({ ...defaultFilters, ...filters });
  return [
    { name: 'no filters (initial view)', filters: q({}) },
    { name: `one country (${country1})`, filters: q({ countries: [country1] }) },
    { name: `country + sector (${country2}, ${sector2})`, filters: q({ countries: [country2], sectors: [sector2] }) },
    { name: 'text "energy"', filters: q({ q: 'energy' }) },
    { name: 'text "energy" typed after "energ"', filters: q({ q: 'energy' }), before: q({ q: 'energ' }) },
    { name: 'text "成都" (CJK)', filters: q({ q: '成都' }) },
    { name: 'date range 2015–2019', filters: q({ from: '2015', to: '2019' }) },
    {
      name: 'five filters at once',
      filters: q({
        q: 'cooperation',
        types: ['event', 'agreement'],
        countries: [country1, country2],
        sectors: [sector1, sector2],
        from: '2010',
        to: '2024-06',
      }),
    },
  ];
}

export interface QueryResult {
  query: string;
  matches: number;
  /** filterRecords + facetCounts + densityBuckets, one sample per run. */
  total: TimingStats;
  /** Medians of the three parts, to see where the time goes. */
  parts: { filter: number; facets: number; density: number };
  partsP95: { filter: number; facets: number; density: number };
}

/** The work the timeline does on a filter change. */
export function runQuery(records: readonly TimelineRecord[], filters: TimelineFilters) {
  const matches = filterRecords(records, filters);
  const facets = facetCounts(records, filters);
  const density = densityBuckets(records, filters);
  return { matches, facets, density };
}

export function benchQuery(records: readonly TimelineRecord[], query: BenchQuery, options: RunOptions): QueryResult {
  const before = query.before ?? resetFilters;
  for (let i = 0; i < options.warmup; i += 1) {
    keep(runQuery(records, before).matches);
    keep(runQuery(records, query.filters).matches);
  }
  const total: number[] = [];
  const filter: number[] = [];
  const facets: number[] = [];
  const density: number[] = [];
  let matches = 0;
  for (let i = 0; i < options.runs; i += 1) {
    keep(runQuery(records, before).matches);
    const t0 = performance.now();
    const found = filterRecords(records, query.filters);
    const t1 = performance.now();
    const counts = facetCounts(records, query.filters);
    const t2 = performance.now();
    const buckets = densityBuckets(records, query.filters);
    const t3 = performance.now();
    total.push(t3 - t0);
    filter.push(t1 - t0);
    facets.push(t2 - t1);
    density.push(t3 - t2);
    matches = found.length;
    keep(found);
    keep(counts.countries);
    keep(buckets);
  }
  const f = summarise(filter);
  const c = summarise(facets);
  const d = summarise(density);
  return {
    query: query.name,
    matches,
    total: summarise(total),
    parts: { filter: f.median, facets: c.median, density: d.median },
    partsP95: { filter: f.p95, facets: c.p95, density: d.p95 },
  };
}

export interface IndexResult {
  records: number;
  /** indexDataset alone. */
  build: TimingStats;
  /**
   * indexDataset plus the first unfiltered query (filterRecords + facetCounts + densityBuckets with
   * no filters) on the new index: the time until the timeline's first view can be drawn, including
   * any index the filter functions build lazily on first use.
   */
  ready: TimingStats;
  /** Then the first text query ("energy"), alone: what typing a search costs on a fresh index. */
  firstText: TimingStats;
  /**
   * The first use of the lookups the timeline does not need (recordsByKey, recordsByOrganisation,
   * organisationSearchText), which indexDataset builds when first asked for (record and organisation
   * pages, the directory). Measured once, on the last index, after the build runs: building them in every
   * run would leave garbage the app does not make for the next build to collect.
   */
  firstUse: TimingStats;
}

const firstTextQuery: TimelineFilters = { ...defaultFilters, q: 'energy' };

export function benchIndexBuild(raw: RawDataset, options: RunOptions): { result: IndexResult; index: DatasetIndex } {
  let index: DatasetIndex | null = null;
  const build: number[] = [];
  const ready: number[] = [];
  const firstText: number[] = [];
  for (let i = 0; i < options.warmup + options.runs; i += 1) {
    const t0 = performance.now();
    index = indexDataset(raw);
    const t1 = performance.now();
    keep(runQuery(index.records, defaultFilters).matches);
    const t2 = performance.now();
    keep(runQuery(index.records, firstTextQuery).matches);
    const t3 = performance.now();
    if (i >= options.warmup) {
      build.push(t1 - t0);
      ready.push(t2 - t0);
      firstText.push(t3 - t2);
    }
  }
  if (!index) throw new Error('indexDataset did not run');
  const t4 = performance.now();
  keep(index.recordsByKey);
  keep(index.recordsByOrganisation);
  keep(index.organisationSearchText);
  const firstUse = [performance.now() - t4];
  return {
    result: {
      records: index.records.length,
      build: summarise(build),
      ready: summarise(ready),
      firstText: summarise(firstText),
      firstUse: summarise(firstUse),
    },
    index,
  };
}

/**
 * The records re-created as one fixed-shape object literal each. Node 20's V8 (11.3) gives every
 * object built as `{ ...base, more }` (indexDataset's build()) a hidden class of its own, so property
 * reads in the filter predicates go megamorphic there; Chromium's current V8 does not. Benchmarking
 * these copies shows what the one-line fix in indexDataset (an explicit literal) would give in Node.
 */
export function withStableShape(records: readonly TimelineRecord[]): TimelineRecord[] {
  return records.map((r) => ({
    type: r.type,
    id: r.id,
    title: r.title,
    kind: r.kind,
    status: r.status,
    date: r.date,
    sortKey: r.sortKey,
    span: r.span,
    place: r.place,
    online: r.online,
    countries: r.countries,
    geo: r.geo,
    sectors: r.sectors,
    organisations: r.organisations,
    summary: r.summary,
    evidence: r.evidence,
    search: r.search,
  }));
}

export interface SizeResult {
  size: number;
  index: IndexResult;
  queries: QueryResult[];
}

/** Index build plus every typical query, for one dataset. */
export function benchDataset(
  raw: RawDataset,
  options: { index: RunOptions; query: RunOptions; stableShape?: boolean },
  onProgress?: (message: string) => void,
): SizeResult {
  const { result: index, index: built } = benchIndexBuild(raw, options.index);
  onProgress?.(
    `index built: ${index.records} records; medians: indexDataset ${formatMs(index.build.median)}, + first query ${formatMs(index.ready.median)}, ` +
      `then first text query ${formatMs(index.firstText.median)}, lookups built on first use ${formatMs(index.firstUse.median)}`,
  );
  const records = options.stableShape ? withStableShape(built.records) : built.records;
  const queries = typicalQueries(built).map((query) => {
    const result = benchQuery(records, query, options.query);
    onProgress?.(`  ${query.name}: median ${result.total.median.toFixed(2)} ms`);
    return result;
  });
  return { size: index.records, index, queries };
}

export function meetsQueryTargets(result: QueryResult): boolean {
  return result.total.median <= targets.queryMedianMs && result.total.p95 <= targets.queryP95Ms;
}
