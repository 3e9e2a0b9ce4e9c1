/** Timing statistics for the benchmarks. No Node APIs: usable in a browser page too. */

export interface TimingStats {
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile (p in 0–100) of an ascending list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarise(samples: readonly number[]): TimingStats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: median(sorted),
    p95: percentile(sorted, 95),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean: sorted.reduce((sum, x) => sum + x, 0) / (sorted.length || 1),
  };
}

export interface RunOptions {
  warmup: number;
  runs: number;
}

/** Runs `fn` warmup + runs times and returns the timed samples (ms, performance.now()). */
export function timeRuns(fn: () => unknown, { warmup, runs }: RunOptions): number[] {
  for (let i = 0; i < warmup; i += 1) keep(fn());
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const result = fn();
    samples.push(performance.now() - start);
    keep(result);
  }
  return samples;
}

let sink = 0;
/** Consumes a result so the engine cannot drop the work that produced it. */
export function keep(value: unknown): void {
  if (Array.isArray(value)) sink += value.length;
  else if (value instanceof Map) sink += value.size;
  else if (value && typeof value === 'object') sink += Object.keys(value).length;
}
export const consumed = () => sink;

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}
