/**
 * The figures issue #11 sets targets for, read from a browser bench report, each beside its target and
 * beside the previous design's figure (measured before the change, so each gain reads as a ratio). Pure.
 */
import { formatBytes, formatDuration } from './browserStats.ts';
import { buildPeakRss, table, type BrowserBenchReport, type TimelineBench } from './browserReport.ts';

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

export function targetRows(report: BrowserBenchReport): Row[] {
  const rows: Row[] = [];
  for (const site of report.sites.filter((s) => s.key !== 'real')) {
    const records = site.records;
    const large = records > previousDesign.atRecords;
    const previous = records === previousDesign.atRecords;
    const timeline = timelineOf(report, records);
    const stats = timeline?.summary.stats;
    const failed = timeline?.failed ? `no answer (${timeline.failed.slice(0, 60)})` : '–';
    const answer = stats?.filterAnswered?.median;
    rows.push({
      records,
      what: 'first filter answer on screen, after navigation (median)',
      target: large ? '≤ 2.5 s' : '≤ 1.0 s',
      measured: answer === undefined ? failed : seconds(answer),
      met: answer === undefined ? false : answer <= (large ? 2500 : 1000),
      ...(previous ? { previous: `${seconds(previousDesign.firstFilterAnswerMs)}${answer ? `; ${ratio(previousDesign.firstFilterAnswerMs, answer)} faster` : ''}` } : {}),
    });
    const transferred = timeline?.loads.map((l) => l.transferred).filter((v): v is number => v !== null) ?? [];
    const bytes = transferred.length ? [...transferred].sort((a, b) => a - b)[(transferred.length - 1) >> 1] : undefined;
    if (!large) {
      rows.push({
        records,
        what: 'bytes transferred before that answer (median)',
        target: '≤ 1.5 MB',
        measured: bytes === undefined ? failed : formatBytes(bytes),
        met: bytes === undefined ? false : bytes <= 1_500_000,
        ...(previous ? { previous: `${formatBytes(previousDesign.bytesBeforeAnswer)}${bytes ? `; ${ratio(previousDesign.bytesBeforeAnswer, bytes)} less` : ''}` } : {}),
      });
    }
    const click = timeline?.summary.filterResponse?.median;
    rows.push({
      records,
      what: 'filter click → painted (median)',
      target: large ? '≤ 150 ms' : '≤ 100 ms',
      measured: click === undefined ? failed : formatDuration(click),
      met: click === undefined ? false : click <= (large ? 150 : 100),
      ...(previous ? { previous: `${formatDuration(previousDesign.clickToPaintMs)}${click ? `; ${ratio(previousDesign.clickToPaintMs, click)} faster` : ''}` } : {}),
    });
    const typing = stats?.typingLongestTaskMs?.max;
    if (!large) {
      rows.push({
        records,
        what: `longest main-thread task while typing a search (worst of ${stats?.typingLongestTaskMs?.n ?? 0} loads)`,
        target: '≤ 50 ms',
        measured: typing === undefined ? failed : formatDuration(typing),
        met: typing === undefined ? false : typing <= 50,
      });
    }
    const build = site.build;
    const peak = buildPeakRss(build);
    const disk = Math.max(build.bytes, build.diskBytes ?? 0);
    rows.push({
      records,
      what: `build (${build.spec.prerenderRecords ? 'every page prerendered' : 'PRERENDER_RECORDS=false'}): time, bytes (on disk), peak memory${build.reused ? '; reused build' : ''}`,
      target: large ? '≤ 30 min, ≤ 4 GB, ≤ 12 GB' : '≤ 3 min and ≤ 2 GB',
      measured: `${formatDuration(build.timings.totalMs)}, ${formatBytes(build.bytes)} (${formatBytes(build.diskBytes ?? build.bytes)}), ${peak === null ? '–' : formatBytes(peak)}`,
      met: large
        ? build.timings.totalMs <= 30 * 60_000 && disk <= 4e9 && (peak === null || peak <= 12e9)
        : build.spec.prerenderRecords && build.timings.totalMs <= 3 * 60_000 && disk <= 2e9,
      ...(previous ? { previous: `${formatDuration(previousDesign.buildMs)}, ${formatBytes(previousDesign.buildBytes)}` } : {}),
    });
    if (site.dataCheck) {
      rows.push({ records, what: 'data:check (time, peak memory)', target: '', measured: `${formatDuration(site.dataCheck.ms)}, ${site.dataCheck.peakRssBytes === null ? '–' : formatBytes(site.dataCheck.peakRssBytes)}`, met: null });
    }
  }
  return rows;
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
