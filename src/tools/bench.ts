/**
 * `npm run bench [-- --sizes 1000,10000,100000 --runs 30]`: generates (or reuses, cached under
 * node_modules/.cache/atlas-bench/<n>-<seed>) synthetic datasets and measures, in Node, the index
 * build and the timeline's per-query work (filterRecords + facetCounts + densityBuckets).
 * The measuring code lives in src/tools/bench/{queries,stats}.ts (no Node APIs) for browser runs.
 *
 * Then, in headless Chromium (src/tools/bench/browserBench.ts), on sites it builds itself (the
 * real data, and --browser-records synthetic records): timeline cold loads, the bytes of an
 * organisation deep link, and Lighthouse on the real-data site. --no-node, --no-browser and
 * --no-lighthouse leave parts out.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { loadDataset, prepareSynthDataset } from './bench/datasets.ts';
import { benchDataset, meetsQueryTargets, targets, type SizeResult } from './bench/queries.ts';
import { runBrowserBench } from './bench/browserBench.ts';
import { formatBrowserReport, type BrowserBenchReport } from './bench/browserReport.ts';
import { formatTargets } from './bench/targets.ts';
import { formatMs } from './bench/stats.ts';
import { parseFlags, wholeNumber } from './cliArgs.ts';

export * from './bench/queries.ts';
export * from './bench/stats.ts';
export { loadDataset, prepareSynthDataset, benchCacheRoot } from './bench/datasets.ts';

export interface BenchCliOptions {
  sizes: number[];
  seed: number;
  runs: number;
  warmup: number;
  indexRuns: number;
  json: string | null;
  validate: boolean;
  regenerate: boolean;
  /** Query fixed-shape copies of the records (see withStableShape). */
  stableShape: boolean;
  /** Which parts run: the Node benchmark, the browser measurements, Lighthouse. */
  node: boolean;
  browser: boolean;
  lighthouse: boolean;
  /** Records in each synthetic site the browser part builds and loads. */
  browserRecords: number[];
  /** Cold timeline loads per site, and Lighthouse runs per page. */
  browserRuns: number;
  lighthouseRuns: number;
  /** Rebuild the benchmark's sites even when their inputs are unchanged… */
  rebuild: boolean;
  /** …or reuse them even when their inputs changed. */
  reuseSites: boolean;
}

const usage =
  'usage: tsx src/tools/bench.ts [--sizes 1000,10000,100000] [--seed 1] [--runs 30] [--warmup 5] [--index-runs 10] [--validate] [--regenerate] [--stable-shape]\n' +
  '                              [--no-node] [--no-browser] [--no-lighthouse] [--browser-records 100000,1000000] [--browser-runs 5] [--lighthouse-runs 3] [--rebuild | --reuse-sites] [--json <file>]';

export function parseBenchArgs(argv: readonly string[]): BenchCliOptions {
  const flags = parseFlags(
    argv,
    {
      sizes: { type: 'string' },
      seed: { type: 'string' },
      runs: { type: 'string' },
      warmup: { type: 'string' },
      'index-runs': { type: 'string' },
      json: { type: 'string' },
      validate: { type: 'boolean' },
      regenerate: { type: 'boolean' },
      'stable-shape': { type: 'boolean' },
      'no-node': { type: 'boolean' },
      'no-browser': { type: 'boolean' },
      'no-lighthouse': { type: 'boolean' },
      'browser-records': { type: 'string' },
      'browser-runs': { type: 'string' },
      'lighthouse-runs': { type: 'string' },
      rebuild: { type: 'boolean' },
      'reuse-sites': { type: 'boolean' },
    },
    usage,
  );
  const number = (flag: string, text: string | undefined, fallback: number) => (text === undefined ? fallback : wholeNumber(flag, text, usage));
  const sizes = flags.sizes === undefined ? [1000, 10_000, 100_000] : flags.sizes.split(',').filter(Boolean).map((n) => wholeNumber('--sizes', n, usage));
  // The browser loads the large sizes of --sizes (100,000 and up), unless told otherwise.
  const largeSizes = sizes.filter((size) => size >= 100_000);
  const options: BenchCliOptions = {
    sizes,
    seed: number('--seed', flags.seed, 1),
    runs: number('--runs', flags.runs, 30),
    warmup: number('--warmup', flags.warmup, 5),
    indexRuns: number('--index-runs', flags['index-runs'], 10),
    json: flags.json ?? null,
    validate: flags.validate ?? false,
    regenerate: flags.regenerate ?? false,
    stableShape: flags['stable-shape'] ?? false,
    node: !flags['no-node'],
    browser: !flags['no-browser'],
    lighthouse: !flags['no-lighthouse'],
    browserRecords:
      flags['browser-records'] === undefined
        ? largeSizes.length > 0 ? largeSizes : [100_000]
        : flags['browser-records'].split(',').filter(Boolean).map((n) => wholeNumber('--browser-records', n, usage)),
    browserRuns: number('--browser-runs', flags['browser-runs'], 5),
    lighthouseRuns: number('--lighthouse-runs', flags['lighthouse-runs'], 3),
    rebuild: flags.rebuild ?? false,
    reuseSites: flags['reuse-sites'] ?? false,
  };
  if (options.sizes.length === 0 || options.sizes.some((n) => n < 1)) throw new Error('--sizes needs positive record counts');
  if (options.runs < 1) throw new Error('--runs must be at least 1');
  if (options.browserRecords.length === 0 || options.browserRecords.some((records) => records < 1) || options.browserRuns < 1 || options.lighthouseRuns < 1) {
    throw new Error('--browser-records, --browser-runs and --lighthouse-runs must be at least 1');
  }
  if (options.rebuild && options.reuseSites) throw new Error(`--rebuild and --reuse-sites contradict each other\n${usage}`);
  if (!options.node && !options.browser && !options.lighthouse) throw new Error(`--no-node, --no-browser and --no-lighthouse together leave nothing to run\n${usage}`);
  return options;
}

export interface BenchReport {
  date: string;
  machine: { cpus: number; cpuModel: string; node: string; platform: string; loadAverage: number[] };
  /** The commit measured (HEAD; uncommitted edits are not recorded). */
  commit: string | null;
  options: BenchCliOptions;
  sizes: Array<
    SizeResult & {
      generateMs: number;
      generated: boolean;
      loadMs: number;
      validation?: { ms: number; errors: number };
      /** 1-minute load average before and after measuring this size (the machine may be shared). */
      load: [number, number];
    }
  >;
  /** The browser and Lighthouse figures (absent with --no-browser --no-lighthouse). */
  browser?: BrowserBenchReport;
}

const n = (x: number) => x.toLocaleString('en-GB');
const round2 = (x: number) => Math.round(x * 100) / 100;

/** HEAD's commit id, read-only (`git rev-parse`); null outside a checkout. */
export function headCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export function machineInfo(): BenchReport['machine'] {
  const cpus = os.cpus();
  return {
    cpus: os.availableParallelism?.() ?? cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg().map(round2),
  };
}

/** Aligned plain-text table (console.table cannot right-align numbers). */
export function formatTable(header: string[], rows: string[][], rightAligned: boolean[] = []): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (rightAligned[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}


export function formatReport(report: BenchReport): string {
  const target = (size: number) => size >= targets.atRecords;
  const indexRows = report.sizes.map((s) => [
    n(s.size),
    s.generated ? formatMs(s.generateMs) : 'cached',
    formatMs(s.loadMs),
    s.validation ? `${formatMs(s.validation.ms)}${s.validation.errors ? ` (${s.validation.errors} errors!)` : ''}` : '–',
    formatMs(s.index.build.median),
    formatMs(s.index.build.p95),
    formatMs(s.index.ready.median),
    target(s.size) ? (s.index.build.median <= targets.indexBuildMs ? 'met' : 'MISSED') : '',
    `${s.load[0]} → ${s.load[1]}`,
  ]);
  const queryRows = report.sizes.flatMap((s) =>
    s.queries.map((q) => [
      n(s.size),
      q.query,
      n(q.matches),
      formatMs(q.total.median),
      formatMs(q.total.p95),
      formatMs(q.parts.filter),
      formatMs(q.parts.facets),
      formatMs(q.parts.density),
      target(s.size) ? (meetsQueryTargets(q) ? 'met' : 'MISSED') : '',
    ]),
  );
  const m = report.machine;
  return [
    `Machine: ${m.cpus} CPUs, ${m.cpuModel}, Node ${m.node}, ${m.platform}; load average ${m.loadAverage.join(' ')}`,
    `Date: ${report.date}; commit ${report.commit ?? 'unknown'}`,
    `Runs: ${report.options.runs} timed after ${report.options.warmup} warm-up per query, each after an untimed different text query; index build ${report.options.indexRuns} runs after 1 warm-up.` +
      (report.options.stableShape ? ' Queries run on fixed-shape copies of the records (--stable-shape).' : ''),
    '',
    `Index build (indexDataset; "+ first query" adds the first unfiltered filter/facets/density call and any lazily built index), target ≤ ${targets.indexBuildMs} ms median at ${n(targets.atRecords)} records`,
    formatTable(
      ['records', 'generate', 'read JSON', 'validate', 'index median', 'index p95', '+ first query', 'target', 'load avg'],
      indexRows,
      [true, true, true, true, true, true, true, false, false],
    ),
    '',
    `Per query: filterRecords + facetCounts + densityBuckets; target ≤ ${targets.queryMedianMs} ms median and ≤ ${targets.queryP95Ms} ms p95 at ${n(targets.atRecords)} records`,
    formatTable(
      ['records', 'query', 'matches', 'median', 'p95', 'filter', 'facets', 'density', 'target'],
      queryRows,
      [true, false, true, true, true, true, true, true, false],
    ),
  ].join('\n');
}

export function runBench(options: BenchCliOptions, log: (message: string) => void = (m) => console.error(m)): BenchReport {
  const report: BenchReport = { date: new Date().toISOString(), machine: machineInfo(), commit: headCommit(), options, sizes: [] };
  for (const size of options.sizes) {
    const prepared = prepareSynthDataset(size, options.seed, { regenerate: options.regenerate });
    const loadBefore = os.loadavg()[0]!;
    log(`${n(size)} records: ${prepared.generated ? `generated in ${formatMs(prepared.generateMs)}` : 'reused'} ${prepared.dir}`);
    const loaded = loadDataset(prepared.dir, { validate: options.validate });
    if (loaded.validation) log(`  validated in ${formatMs(loaded.validation.ms)}: ${loaded.validation.errors} errors`);
    const result = benchDataset(
      loaded.raw,
      { index: { warmup: 1, runs: options.indexRuns }, query: { warmup: options.warmup, runs: options.runs }, stableShape: options.stableShape },
      (message) => log(`  ${message}`),
    );
    report.sizes.push({
      ...result,
      generateMs: prepared.generateMs,
      generated: prepared.generated,
      loadMs: loaded.loadMs,
      ...(loaded.validation ? { validation: loaded.validation } : {}),
      load: [round2(loadBefore), round2(os.loadavg()[0]!)],
    });
  }
  return report;
}

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  const log = (message: string) => console.error(message);
  const report: BenchReport = options.node ? runBench(options, log) : { date: new Date().toISOString(), machine: machineInfo(), commit: headCommit(), options, sizes: [] };
  if (options.node) console.log(formatReport(report));
  const writeJson = () => {
    if (options.json) fs.writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
  };
  try {
    if (options.browser || options.lighthouse) {
      const started = performance.now();
      report.browser = await runBrowserBench(
        {
          browser: options.browser,
          lighthouse: options.lighthouse,
          records: options.browserRecords,
          seed: options.seed,
          timelineRuns: options.browserRuns,
          lighthouseRuns: options.lighthouseRuns,
          rebuild: options.rebuild,
          reuseSites: options.reuseSites,
        },
        log,
      );
      if (options.node) console.log('');
      if (!options.node) {
        const m = report.machine;
        console.log(`Machine: ${m.cpus} CPUs, ${m.cpuModel}, Node ${m.node}, ${m.platform}; load average ${m.loadAverage.join(' ')}`);
        console.log(`Date: ${report.date}; commit ${report.commit ?? 'unknown'}`);
      }
      console.log(formatBrowserReport(report.browser));
      const targets = formatTargets(report.browser);
      if (targets) console.log(`\n${targets}`);
      log(`browser part: ${formatMs(performance.now() - started)}; load average now ${os.loadavg().map(round2).join(' ')}`);
    }
  } finally {
    writeJson();
  }
}

/** Heap the Node part needs to hold and index a dataset of this many records (bytes); ~5 KB a record, with room. */
export const heapNeeded = (records: number) => Math.max(0, records) * 12_000;

/**
 * Runs the benchmark again in a Node with a larger heap when the largest size would not fit in this one's
 * (Node's default is ~4 GB; a million records take ~6 GB parsed and indexed). Returns the child's exit code,
 * or null when this process is big enough.
 */
function rerunWithLargerHeap(options: BenchCliOptions): Promise<number> | null {
  const needed = options.node ? heapNeeded(Math.max(...options.sizes)) : 0;
  if (needed <= v8.getHeapStatistics().heap_size_limit) return null;
  const megabytes = Math.min(Math.ceil(needed / 2 ** 20), Math.floor((os.totalmem() * 0.7) / 2 ** 20));
  console.error(`bench: the largest size needs a larger heap: running again with --max-old-space-size=${megabytes}`);
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${megabytes}`.trim() },
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let rerun: Promise<number> | null = null;
  try {
    rerun = rerunWithLargerHeap(parseBenchArgs(process.argv.slice(2)));
  } catch {
    // A bad flag: main() reports it.
  }
  if (rerun) void rerun.then((code) => process.exit(code));
  else main().catch((error: unknown) => {
    console.error(`bench: ${(error as Error).message}`);
    process.exit(1);
  });
}
