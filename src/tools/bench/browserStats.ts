/**
 * Pure helpers for the browser benchmarks (no Node or browser APIs): classifying and adding up
 * transferred bytes, summarising cold-load timings, and formatting the results as text.
 */

import { median } from './stats.ts';

export type ResourceKind = 'html' | 'js' | 'css' | 'json' | 'text' | 'image' | 'other';

export const resourceKindLabels: Record<ResourceKind, string> = {
  html: 'HTML',
  js: 'JS',
  css: 'CSS',
  json: 'JSON data',
  text: 'text data',
  image: 'images/icons',
  other: 'other',
};

export interface TransferredResource {
  url: string;
  status: number;
  mimeType: string;
  /** CDP's resource type: Document, Script, Stylesheet, Fetch, Image, Manifest, Other… */
  cdpType: string;
  /** Bytes on the wire, headers included (CDP Network.loadingFinished encodedDataLength). */
  transferred: number;
  /** Body bytes as served (after any content encoding). */
  body: number;
  /** What a host that gzips would send for the body (zlib level 6), when known. */
  gzip?: number;
}

export function classifyResource(resource: Pick<TransferredResource, 'url' | 'mimeType' | 'cdpType'>): ResourceKind {
  const pathname = (() => {
    try {
      return new URL(resource.url).pathname;
    } catch {
      return resource.url;
    }
  })();
  const mime = resource.mimeType.toLowerCase();
  if (resource.cdpType === 'Document' || mime.includes('html') || /\.html?$/.test(pathname)) return 'html';
  if (mime.includes('javascript') || /\.m?js$/.test(pathname)) return 'js';
  if (mime.includes('css') || pathname.endsWith('.css')) return 'css';
  if (mime.includes('json') || pathname.endsWith('.json') || pathname.endsWith('.webmanifest')) return pathname.endsWith('.webmanifest') ? 'other' : 'json';
  if (mime.startsWith('image/') || /\.(svg|png|ico|webp|jpe?g|gif|avif)$/.test(pathname)) return 'image';
  if (mime.startsWith('text/') || pathname.endsWith('.txt')) return 'text';
  return 'other';
}

export interface ByteSummary {
  total: { requests: number; transferred: number; body: number; gzip: number | null };
  byKind: Array<{ kind: ResourceKind; requests: number; transferred: number; body: number; gzip: number | null }>;
}

export function summariseBytes(resources: readonly TransferredResource[]): ByteSummary {
  const kinds = Object.keys(resourceKindLabels) as ResourceKind[];
  const gzipOf = (list: readonly TransferredResource[]) => (list.every((r) => r.gzip !== undefined) ? list.reduce((s, r) => s + r.gzip!, 0) : null);
  const byKind = kinds
    .map((kind) => {
      const list = resources.filter((r) => classifyResource(r) === kind);
      return {
        kind,
        requests: list.length,
        transferred: list.reduce((s, r) => s + r.transferred, 0),
        body: list.reduce((s, r) => s + r.body, 0),
        gzip: gzipOf(list),
      };
    })
    .filter((k) => k.requests > 0);
  return {
    total: {
      requests: resources.length,
      transferred: resources.reduce((s, r) => s + r.transferred, 0),
      body: resources.reduce((s, r) => s + r.body, 0),
      gzip: gzipOf(resources),
    },
    byKind,
  };
}

/** 1234 → "1.2 kB", 123456789 → "123.5 MB" (decimal units, as browsers' devtools show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}

/** Milliseconds as seconds above 10 s, else whole milliseconds: "85 ms", "1,234 ms", "12.3 s". */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '–';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.round(ms).toLocaleString('en-GB')} ms`;
}

/** One cold load of the timeline, times in ms from navigation start (performance.timeOrigin). */
export interface TimelineLoad {
  /** First contentful paint. */
  fcp: number | null;
  /** The first timeline card in the DOM. */
  firstCardInDom: number | null;
  /** The first timeline card painted: Element Timing of its title, else the first frame with it in the viewport. */
  firstCardPainted: number | null;
  firstCardSignal: 'element-timing' | 'animation-frame' | null;
  /** Largest contentful paint (last candidate before the first input). */
  lcp: number | null;
  /** data/dataset.json fully received (Resource Timing responseEnd), and its size. */
  datasetLoaded: number | null;
  datasetBytes: number | null;
  /** React has committed the hydration of the page (see browser.ts for how this is detected). */
  hydrated: number | null;
  /** How hydration was detected: the app's own `data-hydrated` marker or React's root fiber. */
  hydrationSignal: 'data-hydrated' | 'react-root' | null;
  /** A click on the first Type filter, issued as soon as the page was seen hydrated… */
  filterClicked: number | null;
  /** …and the summary line showing the filtered count, painted: the first time a filter answers. */
  filterAnswered: number | null;
  /** Long tasks (≥ 50 ms) between navigation and the filter answer: sum of their blocking parts, and the longest. */
  totalBlockingMs: number;
  longestTaskMs: number;
  /** The longest main-thread task while a word is typed into the search box after the filter answered (null: no box). */
  typingLongestTaskMs?: number | null;
  /** All bytes transferred by this load (only recorded for the first load). */
  transferred: number | null;
  errors: string[];
}

const timelineFields = ['fcp', 'firstCardInDom', 'firstCardPainted', 'lcp', 'datasetLoaded', 'hydrated', 'filterClicked', 'filterAnswered', 'totalBlockingMs', 'longestTaskMs', 'typingLongestTaskMs'] as const;
export type TimelineField = (typeof timelineFields)[number];

export interface TimelineSummary {
  runs: number;
  /** Median, min and max of each field over the runs that have it. */
  stats: Record<TimelineField, { median: number; min: number; max: number; n: number } | null>;
  /** Median filter answer time minus click time: how long the first filter takes once the page is live. */
  filterResponse: { median: number; min: number; max: number } | null;
}

/**
 * The bytes the middle load transferred before the first answer (the lower of the two middle ones for an
 * even count: a figure some load really had); undefined when no load measured it.
 */
export function medianTransferred(loads: readonly TimelineLoad[]): number | undefined {
  const transferred = loads.map((l) => l.transferred).filter((v): v is number => v !== null);
  return [...transferred].sort((a, b) => a - b)[(transferred.length - 1) >> 1];
}

export function summariseTimelineLoads(loads: readonly TimelineLoad[]): TimelineSummary {
  const statsOf = (values: number[]) => (values.length === 0 ? null : { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length });
  const stats = Object.fromEntries(
    timelineFields.map((field) => [field, statsOf(loads.map((l) => l[field]).filter((v): v is number => typeof v === 'number'))]),
  ) as TimelineSummary['stats'];
  const responses = loads.flatMap((l) => (l.filterAnswered !== null && l.filterClicked !== null ? [l.filterAnswered - l.filterClicked] : []));
  const response = statsOf(responses);
  return { runs: loads.length, stats, filterResponse: response && { median: response.median, min: response.min, max: response.max } };
}
