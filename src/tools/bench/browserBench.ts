/**
 * The browser half of `npm run bench`: checks each synthetic data folder (data:check: time, peak memory)
 * and builds the real-data site and one synthetic site per size (every page prerendered up to
 * 100,000 records, above that PRERENDER_RECORDS=false) into folders of their own, timing each build with
 * its peak memory and bytes on disk; serves each with the project's static server on a private port,
 * measures them in headless Chromium (timeline cold loads with a filter click and typing, an organisation
 * deep link's bytes) and with Lighthouse, and stops the servers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import type { BrowserBenchReport, LighthouseBench, PageBytesBench, SiteKey, TimelineBench } from './browserReport.ts';
import { summariseTimelineLoads, type TimelineLoad } from './browserStats.ts';
import { findChromium } from '../testing/chromium.ts';
import { benchCacheRoot, prepareSynthDataset } from './datasets.ts';
import { medianRun, type LighthouseResult } from './lighthouseReport.ts';
import { firstBenchPort, freePort, serveSite, type RunningServer } from './server.ts';
import { buildSite, runDataCheck } from './siteBuild.ts';
import { readKind } from '../kindFiles.ts';
import { readMarker } from '../synth/write.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface BrowserBenchOptions {
  /** Timeline loads and organisation page bytes. */
  browser: boolean;
  lighthouse: boolean;
  /** Records in each synthetic site. */
  records: number[];
  seed: number;
  /** Cold loads of the timeline per site. */
  timelineRuns: number;
  lighthouseRuns: number;
  /** Rebuild the sites even when their inputs are unchanged. */
  rebuild: boolean;
  /** Reuse built sites even when their inputs changed. */
  reuseSites: boolean;
}

/** Sites up to this many records prerender every page (the issue's 100k target); larger ones only the lists. */
export const prerenderAllUpTo = 100_000;

/** Bytes of a data folder's files, and its largest file (which must stay under V8's ~512 MB string limit). */
export function dataFolderBytes(dir: string): { bytes: number; files: number; largestFile: string; largestFileBytes: number } {
  let bytes = 0;
  let files = 0;
  let largestFile = '';
  let largestFileBytes = 0;
  const visit = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile()) {
        const size = fs.statSync(full).size;
        bytes += size;
        files += 1;
        if (size > largestFileBytes) [largestFile, largestFileBytes] = [path.relative(dir, full), size];
      }
    }
  };
  visit(dir);
  return { bytes, files, largestFile, largestFileBytes };
}

/** Timeline records in a data folder (events + delegations + agreements): the generator's marker says, else the files are counted. */
export function countRecords(dataDir: string): number {
  const marker = readMarker(dataDir);
  if (marker) return marker.records;
  return ['events', 'delegations', 'agreements'].reduce((sum, name) => sum + (readKind(dataDir, name).items?.length ?? 0), 0);
}

export interface OrganisationPick {
  id: string;
  sliceBytes: number;
  /** "largest": the most connected organisation, a deep link's worst case; "median": a typical one. */
  which: 'largest' | 'median';
}

/** The organisations with the largest and the median page slice in a built site. */
export function pickOrganisations(siteDir: string): { largest: OrganisationPick; median: OrganisationPick } {
  const dir = path.join(siteDir, 'data', 'slices', 'organisation');
  const slices = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ id: name.replace(/\.json$/, ''), sliceBytes: fs.statSync(path.join(dir, name)).size }))
    .sort((a, b) => b.sliceBytes - a.sliceBytes || a.id.localeCompare(b.id));
  if (slices.length === 0) throw new Error(`${dir} has no organisation slices`);
  return { largest: { ...slices[0]!, which: 'largest' }, median: { ...slices[slices.length >> 1]!, which: 'median' } };
}

/** The first (by name) page in a folder of the built site, e.g. a source's id. */
function firstPageIn(outDir: string, folder: string): string {
  const dir = path.join(outDir, folder);
  const id = fs.readdirSync(dir).sort().find((name) => fs.existsSync(path.join(dir, name, 'index.html')));
  if (!id) throw new Error(`${dir} has no pages`);
  return id;
}

export async function runBrowserBench(options: BrowserBenchOptions, log: (message: string) => void): Promise<BrowserBenchReport> {
  // Fail before building anything when there is no browser.
  const chromePath = findChromium();
  const report: BrowserBenchReport = { chromium: { path: chromePath, version: null }, sites: [], timeline: [], pageBytes: [], lighthouse: [] };
  if (!options.browser && !options.lighthouse) return report;

  // Loaded here, not at the top: Playwright and Lighthouse are big, and --no-browser runs need neither.
  const { launchChromium, pageBytes, timelineColdLoad } = await import('./browser.ts');
  const { runLighthouse } = await import('./lighthouse.ts');

  const realDataDir = path.join(repoRoot, 'data');
  const wanted: Array<{ key: SiteKey; label: string; dataDir: string; prerenderRecords: boolean; preferredPort: number; records?: number }> = [
    { key: 'real', label: 'real data', dataDir: realDataDir, prerenderRecords: true, preferredPort: firstBenchPort },
  ];
  if (options.browser) {
    options.records.forEach((records, i) => {
      const prepared = prepareSynthDataset(records, options.seed);
      log(`synthetic dataset: ${prepared.generated ? `generated in ${(prepared.generateMs / 1000).toFixed(1)} s` : 'reused'} ${prepared.dir}`);
      wanted.push({ key: `synthetic-${records}`, label: 'synthetic', dataDir: prepared.dir, prerenderRecords: records <= prerenderAllUpTo, preferredPort: firstBenchPort + 1 + i, records });
    });
  }

  for (const site of wanted) {
    const outDir = path.join(benchCacheRoot, site.key === 'real' ? 'site-real' : `site-${site.records}-${options.seed}${site.prerenderRecords ? '-all' : ''}`);
    // The data check the build repeats, on its own: its time and memory are one of the figures.
    const dataCheck = site.key === 'real' ? undefined : await runDataCheck(site.dataDir);
    if (dataCheck) log(`data:check ${site.dataDir}: ${(dataCheck.ms / 1000).toFixed(1)} s, ${dataCheck.summary}`);
    const build = await buildSite(
      { label: `${site.label} site`, outDir, dataDir: site.dataDir, prerenderRecords: site.prerenderRecords, siteUrl: `http://127.0.0.1:${site.preferredPort}` },
      { force: options.rebuild, reuse: options.reuseSites, log },
    );
    report.sites.push({ key: site.key, label: site.label, records: countRecords(site.dataDir), build, data: dataFolderBytes(site.dataDir), ...(dataCheck ? { dataCheck } : {}) });
  }

  const servers: RunningServer[] = [];
  const origins = new Map<SiteKey, string>();
  let browser: Browser | null = null;
  try {
    const taken = new Set<number>();
    for (const [i, site] of report.sites.entries()) {
      const port = await freePort(firstBenchPort + i, taken);
      taken.add(port);
      const server = await serveSite(site.build.spec.outDir, port);
      servers.push(server);
      origins.set(site.key, server.origin);
      log(`serving the ${site.label} site at ${server.origin}/`);
    }

    if (options.browser) {
      browser = await launchChromium(chromePath);
      report.chromium.version = `Chromium ${browser.version()}`;
      // The small site first: a quick check that everything works before the long 100k loads.
      for (const { key } of report.sites) {
        const origin = origins.get(key)!;
        const loads: TimelineLoad[] = [];
        for (let run = 1; run <= options.timelineRuns; run += 1) {
          let load: TimelineLoad;
          try {
            load = await timelineColdLoad(browser, `${origin}/`);
          } catch (error) {
            // A design that cannot load at this size (the whole dataset at a million records) is a result, not a crash.
            log(`timeline ${key} load ${run}/${options.timelineRuns} failed: ${(error as Error).message.split('\n')[0]}`);
            report.timeline.push({ site: key, url: `${origin}/`, loads, summary: summariseTimelineLoads(loads), failed: (error as Error).message.split('\n')[0] } satisfies TimelineBench);
            break;
          }
          const seconds = (ms: number | null) => (ms === null ? '–' : `${(ms / 1000).toFixed(2)} s`);
          log(`timeline ${key} load ${run}/${options.timelineRuns}: first card ${seconds(load.firstCardPainted)}, hydrated ${seconds(load.hydrated)}, filter answered ${seconds(load.filterAnswered)}`);
          loads.push(load);
        }
        if (!report.timeline.some((bench) => bench.site === key)) report.timeline.push({ site: key, url: `${origin}/`, loads, summary: summariseTimelineLoads(loads) } satisfies TimelineBench);
      }
      for (const site of report.sites) {
        const key = site.key;
        const { largest, median } = pickOrganisations(site.build.spec.outDir);
        for (const organisation of [largest, median]) {
          const url = `${origins.get(key)}/organisations/${organisation.id}/`;
          log(`organisation page bytes (${key}, ${organisation.which} slice): ${url}`);
          try {
            report.pageBytes.push({ site: key, organisation, result: await pageBytes(browser, url) } satisfies PageBytesBench);
          } catch (error) {
            log(`organisation page bytes (${key}) failed: ${(error as Error).message.split('\n')[0]}`);
          }
        }
      }
      await browser.close();
      browser = null;
    }

    if (options.lighthouse) {
      const real = report.sites.find((s) => s.key === 'real')!;
      const organisation = pickOrganisations(real.build.spec.outDir).largest;
      const reportDir = path.join(benchCacheRoot, 'lighthouse');
      const source = firstPageIn(real.build.spec.outDir, 'sources');
      // Issue #16's pages: the timeline, an organisation, a source, the map and a Chinese page.
      for (const [name, page] of [
        ['home', '/'],
        ['organisation', `/organisations/${organisation.id}/`],
        ['source', `/sources/${source}/`],
        ['map', '/map/'],
        ['zh-home', '/zh/'],
      ] as const) {
        const runs: LighthouseResult[] = [];
        for (let run = 1; run <= options.lighthouseRuns; run += 1) {
          const result = await runLighthouse(`${origins.get('real')}${page}`, { chromePath, reportDir, name: `real-${name}`, run });
          log(`lighthouse ${page} run ${run}/${options.lighthouseRuns}: ${Object.entries(result.scores).map(([k, v]) => `${k} ${v}`).join(', ')}`);
          runs.push(result);
        }
        report.lighthouse.push({ site: 'real', page, runs, median: medianRun(runs) } satisfies LighthouseBench);
      }
    }
  } finally {
    if (browser) await browser.close().catch(() => {});
    for (const server of servers) await server.stop();
  }
  return report;
}
