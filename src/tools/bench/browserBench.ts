/**
 * The browser half of `npm run bench`: builds the real-data site and a synthetic one (by default
 * 100,000 records, prerendering only the list pages) into folders of their own, serves each
 * with the project's static server on a private port, measures them in headless Chromium
 * (timeline cold loads, an organisation deep link's bytes) and with Lighthouse, and stops the
 * servers.
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
import { buildSite } from './siteBuild.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface BrowserBenchOptions {
  /** Timeline loads and organisation page bytes. */
  browser: boolean;
  lighthouse: boolean;
  /** Records in the synthetic site. */
  records: number;
  seed: number;
  /** Cold loads of the timeline per site. */
  timelineRuns: number;
  lighthouseRuns: number;
  /** Rebuild the sites even when their inputs are unchanged. */
  rebuild: boolean;
  /** Reuse built sites even when their inputs changed. */
  reuseSites: boolean;
}

/** Timeline records in a data folder (events + delegations + agreements). */
export function countRecords(dataDir: string): number {
  return ['events', 'delegations', 'agreements'].reduce((sum, name) => {
    const file = path.join(dataDir, `${name}.json`);
    const list = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as unknown[]) : [];
    return sum + list.length;
  }, 0);
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
  const wanted: Array<{ key: SiteKey; label: string; dataDir: string; prerenderRecords: boolean; preferredPort: number }> = [
    { key: 'real', label: 'real data', dataDir: realDataDir, prerenderRecords: true, preferredPort: firstBenchPort },
  ];
  if (options.browser) {
    const prepared = prepareSynthDataset(options.records, options.seed);
    log(`synthetic dataset: ${prepared.generated ? 'generated' : 'reused'} ${prepared.dir}`);
    wanted.push({ key: 'synthetic', label: 'synthetic', dataDir: prepared.dir, prerenderRecords: false, preferredPort: firstBenchPort + 1 });
  }

  for (const site of wanted) {
    const outDir = path.join(benchCacheRoot, site.key === 'real' ? 'site-real' : `site-${options.records}-${options.seed}`);
    const build = await buildSite(
      { label: `${site.label} site`, outDir, dataDir: site.dataDir, prerenderRecords: site.prerenderRecords, siteUrl: `http://127.0.0.1:${site.preferredPort}` },
      { force: options.rebuild, reuse: options.reuseSites, log },
    );
    report.sites.push({ key: site.key, label: site.label, records: countRecords(site.dataDir), build });
  }

  const servers: RunningServer[] = [];
  const origins = new Map<SiteKey, string>();
  let browser: Browser | null = null;
  try {
    const taken = new Set<number>();
    for (const site of report.sites) {
      const port = await freePort(site.key === 'real' ? firstBenchPort : firstBenchPort + 1, taken);
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
      for (const key of ['real', 'synthetic'] as const) {
        const origin = origins.get(key)!;
        const loads: TimelineLoad[] = [];
        for (let run = 1; run <= options.timelineRuns; run += 1) {
          const load = await timelineColdLoad(browser, `${origin}/`);
          const seconds = (ms: number | null) => (ms === null ? '–' : `${(ms / 1000).toFixed(2)} s`);
          log(`timeline ${key} load ${run}/${options.timelineRuns}: first card ${seconds(load.firstCardPainted)}, hydrated ${seconds(load.hydrated)}, filter answered ${seconds(load.filterAnswered)}`);
          loads.push(load);
        }
        report.timeline.push({ site: key, url: `${origin}/`, loads, summary: summariseTimelineLoads(loads) } satisfies TimelineBench);
      }
      for (const key of ['real', 'synthetic'] as const) {
        const site = report.sites.find((s) => s.key === key)!;
        const { largest, median } = pickOrganisations(site.build.spec.outDir);
        for (const organisation of [largest, median]) {
          const url = `${origins.get(key)}/organisations/${organisation.id}/`;
          log(`organisation page bytes (${key}, ${organisation.which} slice): ${url}`);
          report.pageBytes.push({ site: key, organisation, result: await pageBytes(browser, url) } satisfies PageBytesBench);
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
