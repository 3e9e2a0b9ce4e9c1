/**
 * The columnar timeline index at one size, in Node: what the timeline's worker downloads before its first
 * answer (gzip bytes), how long the engine takes from those bytes to that answer (decode, bitsets, query),
 * the page's own data before its first render (page file, the first window's card shards), and each typical
 * query's answer (rows, facets, organisations, density) with the search chunks and card shards it needs.
 *   npx tsx src/tools/bench/timelineIndexBench.ts /tmp/atlas-100k
 */
import zlib from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { indexDataset } from '../../domain/dataset/index.ts';
import { loadScriptConverter } from '../../domain/i18n/index.ts';
import { defaultFilters } from '../../domain/query/index.ts';
import { TimelineEngine } from '../../domain/timelineIndex/index.ts';
import { firstRenderedRows, shardOfRow, timelinePageDataPath, type TimelinePageData } from '../../domain/timelineCards/index.ts';
import { timelineIndexFiles } from '../build/timelineIndexFiles.ts';
import { validateDataDir } from '../readDataDir.ts';
import { typicalQueries } from './queries.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

const dir = process.argv[2] ?? 'data';
await loadScriptConverter();
const index = indexDataset(validateDataDir(dir).dataset);
const files = timelineIndexFiles(index);

function engineWithLog() {
  const fetched: string[] = [];
  const engine = new TimelineEngine(async (path) => {
    fetched.push(path);
    return files.get(path)!;
  });
  return { engine, fetched };
}

const gzipOf = (paths: readonly string[]) => paths.reduce((sum, path) => sum + zlib.gzipSync(files.get(path)!).length, 0);

const firstRuns: number[] = [];
let firstFiles: string[] = [];
for (let run = 0; run < 7; run += 1) {
  const { engine, fetched } = engineWithLog();
  const started = performance.now();
  await engine.answer({ filters: defaultFilters });
  firstRuns.push(performance.now() - started);
  firstFiles = fetched;
}
console.log(`${index.records.length} records`);
console.log(`first answer: ${firstFiles.length} files, ${(gzipOf(firstFiles) / 1e6).toFixed(2)} MB gzip; engine from bytes to answer ${ms(median(firstRuns))} median of 7`);

// The page's own data before its first render: the page file and the shards of the rows its first window shows.
const page = JSON.parse(new TextDecoder().decode(files.get(timelinePageDataPath)!)) as TimelinePageData;
const shardsOf = (rows: Int32Array) => [...new Set(Array.from(firstRenderedRows(rows), (row) => page.cards.files[shardOfRow(row, page.cards.size)]!))];
const firstAnswer = await engineWithLog().engine.answer({ filters: defaultFilters });
const pageFiles = [timelinePageDataPath, ...shardsOf(firstAnswer.rows)];
const shardSizes = page.cards.files.map((file) => zlib.gzipSync(files.get(file)!).length);
console.log(
  `page data and first window's cards: ${pageFiles.length} files, ${(gzipOf(pageFiles) / 1e3).toFixed(0)} KB gzip; ` +
    `with the index: ${((gzipOf(firstFiles) + gzipOf(pageFiles)) / 1e6).toFixed(2)} MB gzip before the first answer is on screen`,
);
console.log(`card shards: ${page.cards.files.length} of ${page.cards.size} rows, ${(median(shardSizes) / 1e3).toFixed(1)} KB gzip median, ${(Math.max(...shardSizes) / 1e3).toFixed(1)} KB largest`);
console.log(`organisations' names (after first paint): ${(gzipOf([page.organisations]) / 1e6).toFixed(2)} MB gzip`);

const { engine, fetched } = engineWithLog();
await engine.answer({ filters: defaultFilters, organisations: true });
const organisationFiles = fetched.filter((path) => path.includes('organisation'));
console.log(`organisations' tables (after first paint): ${(gzipOf(organisationFiles) / 1e6).toFixed(2)} MB gzip`);
for (const { name, filters, before } of typicalQueries(index)) {
  const beforeFetch = fetched.length;
  await engine.answer({ filters, organisations: true });
  const chunks = fetched.slice(beforeFetch);
  const runs: number[] = [];
  for (let run = 0; run < 15; run += 1) {
    if (before) engine.answerNow({ filters: before, organisations: true });
    else engine.answerNow({ filters: { ...filters, q: `${filters.q}x` }, organisations: true });
    const started = performance.now();
    engine.answerNow({ filters, organisations: true });
    runs.push(performance.now() - started);
  }
  const shards = shardsOf(engine.answerNow({ filters, organisations: true })!.rows);
  const extra =
    (chunks.length > 0 ? `, ${chunks.length} search chunks ${(gzipOf(chunks) / 1e3).toFixed(0)} KB gzip` : '') +
    `, first window's cards: ${shards.length} shards ${(gzipOf(shards) / 1e3).toFixed(0)} KB gzip`;
  console.log(`  ${name}: answer ${ms(median(runs))} median${extra}`);
}
