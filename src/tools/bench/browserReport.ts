/**
 * The browser and Lighthouse parts of the benchmark report: their shape in the --json file and
 * the text `npm run bench` prints. Pure (no Node or browser APIs).
 */
import { formatBytes, formatDuration, medianTransferred, resourceKindLabels, type TimelineField, type TimelineLoad, type TimelineSummary } from './browserStats.ts';
import type { PageBytes } from './browser.ts';
import { categoryIds, lighthouseTargets, meetsLighthouseTargets, metricIds, metricLabels, type CategoryId, type LighthouseResult } from './lighthouseReport.ts';
import type { DataCheckRun, SiteBuild } from './siteBuild.ts';

/** The real-data site, or a synthetic one by its number of records. */
export type SiteKey = 'real' | `synthetic-${number}`;

export interface SiteInfo {
  key: SiteKey;
  label: string;
  records: number;
  build: SiteBuild;
  /** The data folder's files (bytes, count, the largest), and data:check run on it (synthetic sites). */
  data?: { bytes: number; files: number; largestFile: string; largestFileBytes: number };
  dataCheck?: DataCheckRun;
}

export interface TimelineBench {
  site: SiteKey;
  url: string;
  loads: TimelineLoad[];
  summary: TimelineSummary;
  /** Why the loads stopped, when one failed (e.g. timed out waiting for the page to become interactive). */
  failed?: string;
}

export interface PageBytesBench {
  site: SiteKey;
  organisation: { id: string; sliceBytes: number; which: 'largest' | 'median' };
  result: PageBytes;
}

export interface LighthouseBench {
  site: SiteKey;
  page: string;
  runs: LighthouseResult[];
  median: LighthouseResult;
}

export interface BrowserBenchReport {
  chromium: { path: string; version: string | null };
  sites: SiteInfo[];
  timeline: TimelineBench[];
  pageBytes: PageBytesBench[];
  lighthouse: LighthouseBench[];
}

const n = (x: number) => x.toLocaleString('en-GB');

/** Aligned plain-text table (same look as the Node part's). */
export function table(header: string[], rows: string[][], rightAligned: boolean[] = []): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => (rightAligned[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const siteLabel = (sites: readonly SiteInfo[], key: SiteKey) => {
  const site = sites.find((s) => s.key === key);
  return site ? `${site.label} (${n(site.records)} records)` : key;
};

const memory = (bytes: number | null | undefined) => (bytes === null || bytes === undefined ? '–' : formatBytes(bytes));

/** The larger of a build's two steps' peak memory (they run one after the other). */
export const buildPeakRss = (build: SiteBuild) => {
  const peaks = [build.timings.vitePeakRssBytes, build.timings.prerenderPeakRssBytes].filter((v): v is number => typeof v === 'number');
  return peaks.length > 0 ? Math.max(...peaks) : null;
};

function formatBuilds(sites: readonly SiteInfo[]): string {
  const rows = sites.map(({ label, records, build }) => [
    label,
    n(records),
    build.spec.prerenderRecords ? 'all' : 'lists + sources',
    formatDuration(build.timings.viteMs),
    formatDuration(build.timings.prerenderMs),
    formatDuration(build.timings.totalMs),
    memory(buildPeakRss(build)),
    build.timings.pages === null ? '–' : n(build.timings.pages),
    n(build.files),
    build.sliceBytes === undefined ? n(build.sliceFiles) : `${n(build.sliceFiles)} (${formatBytes(build.sliceBytes)})`,
    formatBytes(build.bytes),
    memory(build.diskBytes),
    memory(build.datasetJsonBytes),
    build.reused ? `reused (built ${build.date.slice(0, 16).replace('T', ' ')}${build.stale ? ', from older sources' : ''})` : 'built now',
  ]);
  const data = sites.flatMap(({ label, records, data: files, dataCheck }) =>
    files
      ? [[
          `${label} (${n(records)} records)`,
          `${formatBytes(files.bytes)} in ${n(files.files)} files, largest ${files.largestFile} ${formatBytes(files.largestFileBytes)}`,
          dataCheck ? `${formatDuration(dataCheck.ms)}, peak ${memory(dataCheck.peakRssBytes)}` : '–',
        ]]
      : [],
  );
  return [
    'Site builds: vite build (bundle + dataset plugin: validate, index, write dataset.json, names.json, slices, texts, Parquet) then prerender; peak memory of the larger step',
    table(
      ['site', 'records', 'pages prerendered', 'vite build', 'prerender', 'total', 'peak memory', 'pages', 'files', 'slices', 'size', 'on disk', 'dataset.json', ''],
      rows,
      [false, true, false, true, true, true, true, true, true, true, true, true, true, false],
    ),
    ...(data.length ? ['', 'Data folders and data:check (schema, references, verbatim quotes; read part by part)', table(['data', 'files', 'data:check'], data)] : []),
  ].join('\n');
}

const timelineRows: Array<[TimelineField | 'filterResponse', string]> = [
  ['fcp', 'first contentful paint'],
  ['firstCardPainted', 'first timeline card painted'],
  ['lcp', 'largest contentful paint'],
  ['datasetLoaded', 'data/dataset.json received'],
  ['hydrated', 'hydrated (React root committed)'],
  ['filterClicked', 'filter clicked (as soon as hydrated)'],
  ['filterAnswered', 'filter answer painted = interactive'],
  ['filterResponse', '  of which click → answer'],
  ['totalBlockingMs', 'long tasks: total blocking time'],
  ['longestTaskMs', 'long tasks: longest'],
  ['typingLongestTaskMs', 'longest task while typing a search'],
];

function formatTimeline(report: BrowserBenchReport): string {
  const runs = report.timeline;
  const cell = (bench: TimelineBench, field: TimelineField | 'filterResponse') => {
    const stat = field === 'filterResponse' ? bench.summary.filterResponse : bench.summary.stats[field];
    if (!stat) return '–';
    return `${formatDuration(stat.median)} (${formatDuration(stat.min)}–${formatDuration(stat.max)})`;
  };
  const rows = timelineRows.map(([field, label]) => [label, ...runs.map((bench) => cell(bench, field))]);
  const bytesRow = [
    'bytes transferred (median)',
    ...runs.map((bench) => {
      const dataset = bench.loads.find((l) => l.datasetBytes !== null)?.datasetBytes;
      const total = medianTransferred(bench.loads);
      return total === undefined ? '–' : `${formatBytes(total)}${dataset ? ` (dataset.json ${formatBytes(dataset)})` : ''}`;
    }),
  ];
  const signals = [...new Set(runs.flatMap((bench) => bench.loads.map((l) => l.hydrationSignal)).filter(Boolean))];
  const cardSignals = [...new Set(runs.flatMap((bench) => bench.loads.map((l) => l.firstCardSignal)).filter(Boolean))];
  // The same error in every load is listed once, with how many loads had it.
  const errors = runs.flatMap((bench) => {
    const counts = new Map<string, number>();
    for (const error of bench.loads.flatMap((l) => l.errors)) counts.set(error, (counts.get(error) ?? 0) + 1);
    return [...counts].map(([error, count]) => `  ${bench.site}${count > 1 ? ` (${count} loads)` : ''}: ${error}`);
  });
  return [
    `Timeline (/) cold loads: median (min–max) of ${runs.map((r) => r.summary.runs).join('/')} loads, ms from navigation start`,
    table(['', ...runs.map((bench) => `${siteLabel(report.sites, bench.site)}`)], [...rows, bytesRow], [false, ...runs.map(() => true)]),
    `First card paint from: ${cardSignals.join(', ') || 'nothing'}. Hydration detected by: ${signals.join(', ') || 'nothing'}${signals.includes('react-root') ? " (React's root fiber: the app sets no data-hydrated marker)" : ''}.`,
    ...runs.flatMap((bench) => (bench.failed ? [`${siteLabel(report.sites, bench.site)}: stopped after ${bench.loads.length} load(s): ${bench.failed}`] : [])),
    ...(errors.length ? ['Page errors:', ...errors.slice(0, 20)] : []),
  ].join('\n');
}

function formatPageBytes(report: BrowserBenchReport): string {
  const sections = report.pageBytes.map(({ site, organisation, result }) => {
    const kinds = result.summary.byKind.map((k) => [
      resourceKindLabels[k.kind],
      String(k.requests),
      formatBytes(k.transferred),
      formatBytes(k.body),
      k.gzip === null ? '–' : formatBytes(k.gzip),
    ]);
    const t = result.summary.total;
    // The file list for the worst case only; the typical page's table is enough beside it.
    const files =
      organisation.which === 'largest'
        ? [
            '  files:',
            ...[...result.resources]
              .sort((a, b) => b.transferred - a.transferred)
              .map((r) => `    ${formatBytes(r.transferred).padStart(9)}  ${r.status}  ${new URL(r.url).pathname}`),
          ]
        : [];
    return [
      `${siteLabel(report.sites, site)}, ${organisation.which === 'largest' ? 'the most connected organisation (largest page slice' : 'a typical organisation (median page slice'}, ${formatBytes(organisation.sliceBytes)}): ${new URL(result.url).pathname} ("${result.heading ?? '?'}") — document HTTP ${result.documentStatus ?? '?'}`,
      table(
        ['type', 'requests', 'transferred', 'body', 'gzip'],
        [...kinds, ['total', String(t.requests), formatBytes(t.transferred), formatBytes(t.body), t.gzip === null ? '–' : formatBytes(t.gzip)]],
        [false, true, true, true, true],
      ),
      `  whole dataset (data/dataset.json) downloaded: ${result.downloadedWholeDataset ? 'YES' : 'no'}`,
      ...(result.documentStatus === 404 ? ['  (the page is not prerendered at this size: the static server answers with 404.html, status 404, and the app renders the page)'] : []),
      ...files,
      ...result.errors.map((e) => `  error: ${e}`),
    ].join('\n');
  });
  return [
    'Cold deep link to an organisation page: bytes transferred (CDP encodedDataLength, headers included; transferred is gzip-compressed by the static server, as hosts do; body = uncompressed size; gzip = the body at zlib level 6)',
    ...sections,
  ].join('\n\n');
}

const categoryShort: Record<CategoryId, string> = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'best pr.', seo: 'SEO' };

function formatLighthouse(report: BrowserBenchReport): string {
  const first = report.lighthouse[0]?.median;
  if (!first) return '';
  const rows = report.lighthouse.map(({ site, page, runs, median }) => [
    `${siteLabel(report.sites, site)} ${page}`,
    ...categoryIds.map((id) => {
      const values = runs.map((r) => r.scores[id]);
      const spread = new Set(values).size > 1 ? ` (${Math.min(...values.map((v) => v ?? 0))}–${Math.max(...values.map((v) => v ?? 0))})` : '';
      return `${median.scores[id] ?? '–'}${spread}`;
    }),
    ...metricIds.map((id) => median.metrics[id]?.display ?? '–'),
    meetsLighthouseTargets(median) ? 'met' : 'MISSED',
  ]);
  const failing = report.lighthouse.flatMap(({ site, page, median }) => {
    if (median.failing.length === 0) return [];
    return [
      `${siteLabel(report.sites, site)} ${page} (median run; full report ${median.report}):`,
      ...median.failing.flatMap((audit) => [
        `  [${audit.category}] ${audit.id}: ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''} (score ${audit.score}${audit.weight ? `, weight ${audit.weight}` : ', unweighted'})`,
        ...audit.items.map((item) => `      ${item.length > 220 ? `${item.slice(0, 217)}…` : item}`),
      ]),
    ];
  });
  const targets = categoryIds.map((id) => `${categoryShort[id]} ≥ ${lighthouseTargets[id]}`).join(', ');
  return [
    `Lighthouse ${first.version} (${first.formFactor ?? '?'} preset, ${first.throttling ?? '?'} throttling; benchmarkIndex ${report.lighthouse.map((l) => l.median.benchmarkIndex ?? '?').join('/')}), median run by performance score of ${report.lighthouse.map((l) => l.runs.length).join('/')} runs; targets ${targets}`,
    table(
      ['page', ...categoryIds.map((id) => categoryShort[id]), ...metricIds.map((id) => metricLabels[id]), 'targets'],
      rows,
      [false, ...categoryIds.map(() => true), ...metricIds.map(() => true), false],
    ),
    ...(failing.length ? ['', 'Audits that lose points or flag something (performance: metrics and insights scoring < 0.9):', ...failing] : []),
    ...report.lighthouse.flatMap(({ median }) => median.warnings.map((w) => `Lighthouse warning: ${w}`)),
  ].join('\n');
}

export function formatBrowserReport(report: BrowserBenchReport): string {
  return [
    `Browser: ${report.chromium.version ?? 'Chromium'} (${report.chromium.path}), headless, no network or CPU throttling (Lighthouse throttles by simulation); sites served uncompressed by src/tools/testing/staticServer.ts on 127.0.0.1`,
    report.sites.length ? formatBuilds(report.sites) : '',
    report.timeline.length ? formatTimeline(report) : '',
    report.pageBytes.length ? formatPageBytes(report) : '',
    report.lighthouse.length ? formatLighthouse(report) : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}
