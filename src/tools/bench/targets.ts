/**
 * The figures issue #11 sets targets for, read from a browser bench report, each beside its target and
 * beside the previous design's figure (measured before the change, so each gain reads as a ratio). Pure.
 */
import { formatBytes, formatDuration, medianTransferred } from './browserStats.ts';
import { buildPeakRss, table, type BrowserBenchReport, type SiteInfo, type TimelineBench } from './browserReport.ts';

/**
 * The previous design (whole dataset.json on the timeline; slices with full copies), 100,000 records:
 * the final run of docs/BENCHMARKS.md (Sunday 22 November 2026, commit a96d2e5) and issue #11's "Today" column.
 */
export const previousDesign = {
  measured: '22 Nov 2026, commit a96d2e5 (docs/BENCHMARKS.md, issue #11)',
  atRecords: 100_000,
  firstFilterAnswerMs: 9300,
  bytesBeforeAnswer: 17_000_000,
  clickToPaintMs: 294,
  buildMs: 5.4 * 60_000,
  buildBytes: 7.4e9,
} as const;

interface Row {
  records: number;
  what: string;
  target: string;
  measured: string;
  met: boolean | null;
  previous?: string;
}

const timelineOf = (report: BrowserBenchReport, records: number): TimelineBench | undefined => report.timeline.find((t) => t.site === `synthetic-${records}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
/** How many times smaller the new figure is: "11.6×". */
const ratio = (before: number, after: number | undefined) => (after && after > 0 ? `${(before / after).toFixed(1)}×` : '');

/** One of issue #11's targets for the timeline: how to read its figure from a bench, its limits, and the previous design's figure if it had one. */
interface TimelineTarget {
  what(stats: TimelineBench['summary']['stats'] | undefined): string;
  /** The figure, or undefined when the bench has none (the timeline never answered). */
  value(timeline: TimelineBench | undefined): number | undefined;
  format(value: number): string;
  /** Limit and how the target reads, up to the previous design's scale and above it; no row at a scale without one. */
  small: { limit: number; target: string };
  large?: { limit: number; target: string };
  previous?: { value: number; gain: 'faster' | 'less' };
}

/** Issue #11's timeline targets, in the order the table lists them. */
const timelineTargets: TimelineTarget[] = [
  {
    what: () => 'first filter answer on screen, after navigation (median)',
    value: (timeline) => timeline?.summary.stats?.filterAnswered?.median,
    format: seconds,
    small: { limit: 1000, target: '≤ 1.0 s' },
    large: { limit: 2500, target: '≤ 2.5 s' },
    previous: { value: previousDesign.firstFilterAnswerMs, gain: 'faster' },
  },
  {
    what: () => 'bytes transferred before that answer (median)',
    value: (timeline) => timeline && medianTransferred(timeline.loads),
    format: formatBytes,
    small: { limit: 1_500_000, target: '≤ 1.5 MB' },
    previous: { value: previousDesign.bytesBeforeAnswer, gain: 'less' },
  },
  {
    what: () => 'filter click → painted (median)',
    value: (timeline) => timeline?.summary.filterResponse?.median,
    format: formatDuration,
    small: { limit: 100, target: '≤ 100 ms' },
    large: { limit: 150, target: '≤ 150 ms' },
    previous: { value: previousDesign.clickToPaintMs, gain: 'faster' },
  },
  {
    what: (stats) => `longest main-thread task while typing a search (worst of ${stats?.typingLongestTaskMs?.n ?? 0} loads)`,
    value: (timeline) => timeline?.summary.stats?.typingLongestTaskMs?.max,
    format: formatDuration,
    small: { limit: 50, target: '≤ 50 ms' },
  },
];

function timelineRow(spec: TimelineTarget, records: number, timeline: TimelineBench | undefined): Row | undefined {
  const scale = records > previousDesign.atRecords ? spec.large : spec.small;
  if (!scale) return undefined;
  const value = spec.value(timeline);
  const failed = timeline?.failed ? `no answer (${timeline.failed.slice(0, 60)})` : '–';
  const { previous } = spec;
  return {
    records,
    what: spec.what(timeline?.summary.stats),
    target: scale.target,
    measured: value === undefined ? failed : spec.format(value),
    met: value === undefined ? false : value <= scale.limit,
    ...(previous && records === previousDesign.atRecords
      ? { previous: `${spec.format(previous.value)}${value ? `; ${ratio(previous.value, value)} ${previous.gain}` : ''}` }
      : {}),
  };
}

/** The build's time, bytes and peak memory against the targets for its scale. */
function buildRow(site: SiteInfo): Row {
  const { records, build } = site;
  const large = records > previousDesign.atRecords;
  const peak = buildPeakRss(build);
  const disk = Math.max(build.bytes, build.diskBytes ?? 0);
  return {
    records,
    what: `build (${build.spec.prerenderRecords ? 'every page prerendered' : 'PRERENDER_RECORDS=false'}): time, bytes (on disk), peak memory${build.reused ? '; reused build' : ''}`,
    target: large ? '≤ 30 min, ≤ 4 GB, ≤ 12 GB' : '≤ 3 min and ≤ 2 GB',
    measured: `${formatDuration(build.timings.totalMs)}, ${formatBytes(build.bytes)} (${formatBytes(build.diskBytes ?? build.bytes)}), ${peak === null ? '–' : formatBytes(peak)}`,
    met: large
      ? build.timings.totalMs <= 30 * 60_000 && disk <= 4e9 && (peak === null || peak <= 12e9)
      : build.spec.prerenderRecords && build.timings.totalMs <= 3 * 60_000 && disk <= 2e9,
    ...(records === previousDesign.atRecords ? { previous: `${formatDuration(previousDesign.buildMs)}, ${formatBytes(previousDesign.buildBytes)}` } : {}),
  };
}

export function targetRows(report: BrowserBenchReport): Row[] {
  return report.sites
    .filter((s) => s.key !== 'real')
    .flatMap((site) => {
      const { records, dataCheck } = site;
      const timeline = timelineOf(report, records);
      const rows = timelineTargets.map((spec) => timelineRow(spec, records, timeline)).filter((row): row is Row => row !== undefined);
      rows.push(buildRow(site));
      if (dataCheck) {
        rows.push({ records, what: 'data:check (time, peak memory)', target: '', measured: `${formatDuration(dataCheck.ms)}, ${dataCheck.peakRssBytes === null ? '–' : formatBytes(dataCheck.peakRssBytes)}`, met: null });
      }
      return rows;
    });
}

export function formatTargets(report: BrowserBenchReport): string {
  const rows = targetRows(report);
  if (rows.length === 0) return '';
  return [
    `Targets (issue #11), synthetic sites; previous design: ${previousDesign.measured}`,
    table(
      ['records', 'what', 'target', 'measured', '', `previous (${previousDesign.atRecords.toLocaleString('en-GB')})`],
      rows.map((row) => [row.records.toLocaleString('en-GB'), row.what, row.target, row.measured, row.met === null ? '' : row.met ? 'met' : 'MISSED', row.previous ?? '']),
      [true, false, false, false, false, false],
    ),
  ].join('\n');
}
