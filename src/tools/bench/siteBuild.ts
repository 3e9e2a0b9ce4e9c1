/**
 * Builds the sites the browser benchmarks load, each into a folder of its own under
 * node_modules/.cache/atlas-bench/ (never dist/): `vite build --outDir <dir>` then
 * `OUT_DIR=<dir> tsx src/tools/build/prerender.ts`, as src/tools/build/buildSubpath.ts does.
 *
 * A build is reused when a stamp of its inputs (the app's sources, index.html, public/, the
 * build config, the lock file, the data folder and the build settings) is unchanged; the
 * stamp keeps the timings of the build that made it, so they can still be reported.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const benchToolsDir = fileURLToPath(new URL('./', import.meta.url));
const bin = (name: string) => path.join(repoRoot, 'node_modules', '.bin', name);

export interface SiteSpec {
  /** For messages: "real data", "100,000 records". */
  label: string;
  outDir: string;
  dataDir: string;
  /** false: PRERENDER_RECORDS=false (only the list and source pages are prerendered). */
  prerenderRecords: boolean;
  /** SITE_URL for canonical and Open Graph links. */
  siteUrl: string;
}

export interface BuildTimings {
  /** `vite build`: bundling plus the dataset plugin (validate + index the data, write data/*.json and slices). */
  viteMs: number;
  /** `tsx src/tools/build/prerender.ts`: validate + index again, render and write the HTML pages. */
  prerenderMs: number;
  totalMs: number;
  /** Peak resident memory of each step (GNU time's maximum RSS), null where /usr/bin/time is missing. */
  vitePeakRssBytes?: number | null;
  prerenderPeakRssBytes?: number | null;
  /** From the tools' own output: Vite's "built in", the prerenderer's page count and render loop time. */
  viteReportedMs: number | null;
  pages: number | null;
  renderLoopMs: number | null;
}

export interface SiteBuild {
  spec: SiteSpec;
  reused: boolean;
  timings: BuildTimings;
  /** Files and bytes in the built folder, and how many of them are data slices. */
  files: number;
  bytes: number;
  /** Bytes the files take on disk (allocated blocks: small files take a whole block each). */
  diskBytes?: number;
  sliceFiles: number;
  sliceBytes?: number;
  /** data/dataset.json, the whole-dataset download. */
  datasetJsonBytes?: number;
  date: string;
  /** Reused although the sources or data changed since it was built (--reuse-sites). */
  stale?: boolean;
}

interface Stamp {
  inputs: string;
  build: Omit<SiteBuild, 'reused' | 'spec'>;
}

const stampName = '.bench-build.json';

function* walk(dir: string): Generator<string> {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/** A hash of everything the build reads: file contents for the app, name/size/mtime for the (large) data folder. */
export function buildInputsHash(spec: SiteSpec): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ dataDir: path.resolve(spec.dataDir), prerenderRecords: spec.prerenderRecords, siteUrl: spec.siteUrl }));
  const appInputs = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json', 'tsconfig.json'].map((p) => path.join(repoRoot, p));
  for (const input of appInputs) {
    const files = fs.existsSync(input) && fs.statSync(input).isDirectory() ? [...walk(input)].sort() : [input];
    for (const file of files) {
      // The benchmark's own code is not part of the site.
      if (!fs.existsSync(file) || file.startsWith(benchToolsDir)) continue;
      hash.update(path.relative(repoRoot, file));
      hash.update(fs.readFileSync(file));
    }
  }
  for (const file of [...walk(path.resolve(spec.dataDir))].sort()) {
    const stat = fs.statSync(file);
    hash.update(`${path.relative(spec.dataDir, file)}:${stat.size}:${stat.mtimeMs}`);
  }
  return hash.digest('hex');
}

/** GNU time, for a child's peak memory; absent on some systems (then no memory figure). */
const gnuTime = '/usr/bin/time';

/** Heap for the build's and check's Node processes: a million records need more than Node's default (~4 GB). */
export const largeHeapOptions = '--max-old-space-size=14000';

/** Runs a command; its peak RSS comes from GNU time (`-f %M`, kilobytes) written to a file of its own. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; output: string; peakRssBytes: number | null }> {
  const started = performance.now();
  const timeFile = fs.existsSync(gnuTime) ? path.join(os.tmpdir(), `atlas-bench-time-${process.pid}-${Math.round(started)}.txt`) : null;
  const [file, argv] = timeFile ? [gnuTime, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, args];
  const peak = () => {
    if (!timeFile || !fs.existsSync(timeFile)) return null;
    const kb = Number(/(\d+)\s*$/.exec(fs.readFileSync(timeFile, 'utf8').trim())?.[1]);
    fs.rmSync(timeFile, { force: true });
    return Number.isFinite(kb) ? kb * 1024 : null;
  };
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      const peakRssBytes = peak();
      if (code === 0) resolve({ ms: performance.now() - started, output, peakRssBytes });
      else reject(new Error(`${path.basename(command)} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}

/** Vite's "✓ built in 2.73s" / "built in 950ms", and the prerenderer's "prerendered 2006 pages in 1234 ms". */
export function parseBuildOutput(viteOutput: string, prerenderOutput: string): Pick<BuildTimings, 'viteReportedMs' | 'pages' | 'renderLoopMs'> {
  const built = /built in ([\d.]+)\s*(ms|s)\b/.exec(viteOutput);
  const prerendered = /prerendered (\d+) pages in (\d+) ms/.exec(prerenderOutput);
  return {
    viteReportedMs: built ? Number(built[1]) * (built[2] === 's' ? 1000 : 1) : null,
    pages: prerendered ? Number(prerendered[1]) : null,
    renderLoopMs: prerendered ? Number(prerendered[2]) : null,
  };
}

export function folderSize(dir: string): { files: number; bytes: number; diskBytes: number; sliceFiles: number; sliceBytes: number; datasetJsonBytes: number } {
  let files = 0;
  let bytes = 0;
  let diskBytes = 0;
  let sliceFiles = 0;
  let sliceBytes = 0;
  const slices = path.join(dir, 'data', 'slices') + path.sep;
  for (const file of walk(dir)) {
    if (path.basename(file) === stampName) continue;
    const stat = fs.statSync(file);
    files += 1;
    bytes += stat.size;
    diskBytes += stat.blocks * 512;
    if (file.startsWith(slices)) {
      sliceFiles += 1;
      sliceBytes += stat.size;
    }
  }
  const datasetJson = path.join(dir, 'data', 'dataset.json');
  return { files, bytes, diskBytes, sliceFiles, sliceBytes, datasetJsonBytes: fs.existsSync(datasetJson) ? fs.statSync(datasetJson).size : 0 };
}

export interface DataCheckRun {
  ms: number;
  peakRssBytes: number | null;
  /** data:check's last line ("data:check ok (…): 18 sectors, …"). */
  summary: string;
}

/** `npm run data:check` on a data folder, timed, with its peak memory. */
export async function runDataCheck(dataDir: string): Promise<DataCheckRun> {
  const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${largeHeapOptions}`.trim() };
  const result = await run(bin('tsx'), [path.join(repoRoot, 'src/tools/check/checkData.ts'), dataDir], env);
  return { ms: result.ms, peakRssBytes: result.peakRssBytes, summary: result.output.trim().split('\n').pop() ?? '' };
}

/**
 * Builds the site unless an identical build is already there. `force` rebuilds anyway; `reuse`
 * takes whatever complete build is there even if its inputs changed since (the sources change
 * often while people work, and the 100k build is slow).
 */
export async function buildSite(
  spec: SiteSpec,
  options: { force?: boolean; reuse?: boolean; log?: (message: string) => void } = {},
): Promise<SiteBuild> {
  const log = options.log ?? (() => {});
  const inputs = buildInputsHash(spec);
  const stampFile = path.join(spec.outDir, stampName);
  if (!options.force && fs.existsSync(stampFile)) {
    try {
      const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8')) as Stamp;
      const unchanged = stamp.inputs === inputs;
      if ((unchanged || options.reuse) && fs.existsSync(path.join(spec.outDir, 'index.html'))) {
        log(
          unchanged
            ? `${spec.label}: reusing the build in ${spec.outDir} (inputs unchanged since ${stamp.build.date}; --rebuild to rebuild)`
            : `${spec.label}: reusing the build in ${spec.outDir} from ${stamp.build.date} although its inputs changed since (--reuse-sites)`,
        );
        return { ...stamp.build, spec, reused: true, ...(unchanged ? {} : { stale: true }) };
      }
    } catch {
      // An unreadable stamp: rebuild.
    }
  }
  log(`${spec.label}: building into ${spec.outDir}…`);
  fs.rmSync(stampFile, { force: true });
  const env = {
    ...process.env,
    BASE_PATH: '/',
    DATA_DIR: spec.dataDir,
    OUT_DIR: spec.outDir,
    SITE_URL: spec.siteUrl,
    PRERENDER_RECORDS: spec.prerenderRecords ? 'true' : 'false',
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${largeHeapOptions}`.trim(),
  };
  const vite = await run(bin('vite'), ['build', '--outDir', spec.outDir, '--emptyOutDir', '--logLevel', 'info'], env);
  log(`  vite build ${(vite.ms / 1000).toFixed(1)} s`);
  const prerender = await run(bin('tsx'), [path.join(repoRoot, 'src/tools/build/prerender.ts')], env);
  log(`  prerender ${(prerender.ms / 1000).toFixed(1)} s`);
  const build: Stamp['build'] = {
    timings: {
      viteMs: vite.ms,
      prerenderMs: prerender.ms,
      totalMs: vite.ms + prerender.ms,
      vitePeakRssBytes: vite.peakRssBytes,
      prerenderPeakRssBytes: prerender.peakRssBytes,
      ...parseBuildOutput(vite.output, prerender.output),
    },
    ...folderSize(spec.outDir),
    date: new Date().toISOString(),
  };
  fs.writeFileSync(stampFile, `${JSON.stringify({ inputs, build } satisfies Stamp, null, 2)}\n`);
  return { ...build, spec, reused: false };
}
