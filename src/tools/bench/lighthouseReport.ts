/**
 * Pure helpers for the Lighthouse figures (no Node APIs): what a Lighthouse result (LHR) says
 * about scores, metrics and the audits that lose points, the median of several runs, and text.
 */

/** The parts of Lighthouse's result that are read here. */
export interface LhrLike {
  lighthouseVersion: string;
  requestedUrl?: string;
  finalDisplayedUrl?: string;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  environment?: { benchmarkIndex?: number; hostUserAgent?: string };
  configSettings?: { formFactor?: string; throttlingMethod?: string };
  categories: Record<string, { title: string; score: number | null; auditRefs: Array<{ id: string; weight: number; group?: string }> }>;
  audits: Record<string, LhrAudit>;
}

export interface LhrAudit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  displayValue?: string;
  explanation?: string;
  errorMessage?: string;
  details?: { type?: string; items?: unknown[] };
}

export const categoryIds = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type CategoryId = (typeof categoryIds)[number];

export const metricIds = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;
export type MetricId = (typeof metricIds)[number];
export const metricLabels: Record<MetricId, string> = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'Speed Index',
};

/** Targets from issue #6. */
export const lighthouseTargets: Record<CategoryId, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

export interface FailingAudit {
  category: CategoryId;
  id: string;
  title: string;
  /** 0–1, as Lighthouse gives it. */
  score: number;
  /** How much the category loses (its weight in the category); 0 for an unweighted diagnostic. */
  weight: number;
  displayValue?: string;
  /** The first few offending items (elements, URLs, messages). */
  items: string[];
}

export interface LighthouseResult {
  url: string;
  version: string;
  /** Lighthouse's CPU benchmark of this machine (a fast desktop is ~1500–2500; below ~1000 throttled results are less reliable). */
  benchmarkIndex: number | null;
  formFactor: string | null;
  throttling: string | null;
  /** 0–100, null when a category could not be scored. */
  scores: Record<CategoryId, number | null>;
  metrics: Record<MetricId, { value: number; display: string; score: number | null } | null>;
  failing: FailingAudit[];
  warnings: string[];
  report: string;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** One line per item of an audit's details: the element's snippet and selector, or the URL, or a message. */
export function describeItem(item: unknown): string {
  if (item === null || typeof item !== 'object') return String(item);
  const record = item as Record<string, unknown>;
  // Nested tables and lists (e.g. the LCP element and its phases): their items, joined.
  if ((record.type === 'table' || record.type === 'list') && Array.isArray(record.items)) return record.items.map(describeItem).join('; ');
  if (record.type === 'node') return describeItem({ node: record });
  const node = record.node as Record<string, unknown> | undefined;
  // A table's "Total" row (e.g. layout shifts): its label and score.
  if (node?.type === 'text') return `${str(node.value) ?? ''}${typeof record.score === 'number' ? ` ${record.score.toFixed(3)}` : ''}`.trim();
  if (node && typeof node === 'object' && node.type !== 'text') {
    const what = [str(node.snippet), str(node.selector) && `(${str(node.selector)})`].filter(Boolean).join(' ');
    // axe's explanation starts with "Fix any of the following:"; the reason is on the next line.
    const why = str(node.explanation)
      ?.split('\n')
      .map((line) => line.trim())
      .find((line) => line && !/^Fix (any|all) of the following:?$/.test(line));
    const score = typeof record.score === 'number' ? ` (${record.score.toFixed(3)})` : '';
    return [`${what || str(node.nodeLabel) || 'element'}${score}`, why].filter(Boolean).join(': ');
  }
  if (str(record.groupLabel) && typeof record.duration === 'number') return `${str(record.groupLabel)}: ${Math.round(record.duration)} ms`;
  if (str(record.label) && typeof record.duration === 'number') return `${str(record.label)}: ${Math.round(record.duration)} ms`;
  if (str(record.phase) && typeof record.timing === 'number') return `${str(record.phase)}: ${Math.round(record.timing)} ms`;
  if (str(record.statistic)) return `${str(record.statistic)}: ${JSON.stringify((record.value as { value?: unknown })?.value ?? record.value)}`;
  const source = record.source as Record<string, unknown> | undefined;
  const url = str(record.url) ?? str(source?.url) ?? (source && (str(source.type) === 'url' || str(source.type) === 'text') ? str(source.value) : undefined);
  const text = str(record.description) ?? str(record.label) ?? str(record.issueType) ?? str(record.directive) ?? str(record.reason) ?? str(record.message);
  const numbers = [
    typeof record.totalBytes === 'number' ? `${Math.round(record.totalBytes / 1024)} KiB` : null,
    typeof record.wastedBytes === 'number' ? `${Math.round(record.wastedBytes / 1024)} KiB to save` : null,
    typeof record.wastedMs === 'number' ? `${Math.round(record.wastedMs)} ms to save` : null,
    typeof record.duration === 'number' ? `${Math.round(record.duration)} ms` : null,
    typeof record.reflowTime === 'number' ? `${Math.round(record.reflowTime)} ms reflow` : null,
  ].filter(Boolean);
  const line = [url, text].filter(Boolean).join(': ');
  if (line) return numbers.length ? `${line} (${numbers.join(', ')})` : line;
  const subItems = (record.subItems as { items?: unknown[] } | undefined)?.items;
  if (subItems?.length) return subItems.map(describeItem).join('; ');
  return JSON.stringify(item).slice(0, 200);
}

const scoredModes = new Set(['binary', 'numeric', 'metricSavings']);

export function summariseLighthouse(lhr: LhrLike, report = ''): LighthouseResult {
  const scores = Object.fromEntries(
    categoryIds.map((id) => {
      const score = lhr.categories[id]?.score;
      return [id, typeof score === 'number' ? Math.round(score * 100) : null];
    }),
  ) as LighthouseResult['scores'];
  const metrics = Object.fromEntries(
    metricIds.map((id) => {
      const audit = lhr.audits[id];
      return [id, audit && typeof audit.numericValue === 'number' ? { value: audit.numericValue, display: audit.displayValue ?? '', score: audit.score } : null];
    }),
  ) as LighthouseResult['metrics'];
  const failing: FailingAudit[] = [];
  for (const category of categoryIds) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1 || !scoredModes.has(audit.scoreDisplayMode)) continue;
      // Performance: the weighted metrics, plus the diagnostics Lighthouse's report shows that flag
      // something (score < 0.9); its "hidden" group repeats them as insights.
      if (category === 'performance' && ref.weight === 0 && (audit.score >= 0.9 || ref.group === 'hidden')) continue;
      // Debug data and network trees are for Lighthouse's own report, not a line of text.
      const listed = Array.isArray(audit.details?.items) && audit.details.type !== 'debugdata' ? audit.details.items : [];
      const items = listed
        .filter((item) => !(item && typeof item === 'object' && (item as { type?: unknown }).type === 'list-section'))
        .slice(0, 4)
        .map(describeItem);
      failing.push({
        category,
        id: audit.id,
        title: audit.title,
        score: audit.score,
        weight: ref.weight,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        // One line each: console errors come with their stack.
        items: [...(audit.explanation ? [audit.explanation] : []), ...(audit.errorMessage ? [audit.errorMessage] : []), ...items].map((line) => line.split('\n')[0]!.trim()),
      });
    }
  }
  failing.sort((a, b) => categoryIds.indexOf(a.category) - categoryIds.indexOf(b.category) || b.weight - a.weight || a.score - b.score);
  return {
    url: lhr.finalDisplayedUrl ?? lhr.requestedUrl ?? '',
    version: lhr.lighthouseVersion,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    formFactor: lhr.configSettings?.formFactor ?? null,
    throttling: lhr.configSettings?.throttlingMethod ?? null,
    scores,
    metrics,
    failing,
    warnings: lhr.runWarnings ?? [],
    report,
  };
}

/** The run with the median performance score (ties: the median LCP), as Lighthouse advises for several runs. */
export function medianRun(runs: readonly LighthouseResult[]): LighthouseResult {
  if (runs.length === 0) throw new Error('no Lighthouse runs');
  const sorted = [...runs].sort(
    (a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1) || (b.metrics['largest-contentful-paint']?.value ?? 0) - (a.metrics['largest-contentful-paint']?.value ?? 0),
  );
  return sorted[(sorted.length - 1) >> 1]!;
}

export function meetsLighthouseTargets(result: LighthouseResult): boolean {
  return categoryIds.every((id) => (result.scores[id] ?? -1) >= lighthouseTargets[id]);
}
