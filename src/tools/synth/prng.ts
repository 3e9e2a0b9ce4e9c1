/**
 * A small seeded PRNG (mulberry32) and the sampling helpers the generator needs.
 * Same seed → same sequence on every platform, so generated datasets are reproducible.
 */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from a fixed list with fixed weights in O(log n) (cumulative table + binary search). */
export interface WeightedPicker<T> {
  readonly items: readonly T[];
  pick(rng: Rng): T;
}

export class Rng {
  private readonly source: () => number;

  constructor(seed: number) {
    this.source = mulberry32(seed);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.source();
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.source() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.source() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.source() * items.length)]!;
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const n = Math.min(count, items.length);
    if (n * 4 < items.length) {
      const chosen = new Set<number>();
      while (chosen.size < n) chosen.add(Math.floor(this.source() * items.length));
      return [...chosen].map((i) => items[i]!);
    }
    const copy = [...items];
    for (let i = 0; i < n; i += 1) {
      const j = i + Math.floor(this.source() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  }

  /**
   * A small integer in [min, max], skewed towards min: geometric with the given mean excess.
   * E.g. skewedInt(1, 30, 3) is mostly 1–5 with a long tail up to 30.
   */
  skewedInt(min: number, max: number, meanExcess: number): number {
    const u = this.source();
    const value = min + Math.floor(-Math.log(1 - u) * meanExcess);
    return Math.min(max, value);
  }
}

export function weightedPicker<T>(items: readonly T[], weights: readonly number[]): WeightedPicker<T> {
  if (items.length === 0 || items.length !== weights.length) throw new Error('weightedPicker: items and weights must match');
  const cumulative = new Float64Array(items.length);
  let total = 0;
  weights.forEach((w, i) => {
    total += w;
    cumulative[i] = total;
  });
  return {
    items,
    pick(rng) {
      const target = rng.next() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! > target) hi = mid;
        else lo = mid + 1;
      }
      return items[lo]!;
    },
  };
}

/** Zipf-like popularity: the first items are picked far more often than the tail. */
export function zipfPicker<T>(items: readonly T[], exponent = 0.9): WeightedPicker<T> {
  return weightedPicker(
    items,
    items.map((_, rank) => 1 / Math.pow(rank + 1, exponent)),
  );
}
