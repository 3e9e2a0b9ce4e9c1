const chunkBits = 16;
const chunkSize = 1 << chunkBits;
const lowBits = chunkSize - 1;

/**
 * A growable list of 32-bit integers for building indexes, in chunks of 65,536 that are never copied to grow.
 * The chunks are plain arrays of small integers, inside V8's heap: typed arrays live outside it, and tens of
 * megabytes of them per index build made V8 run a full garbage collection for "external memory pressure"
 * every build or two (half a second with the raw data in memory).
 */
export class NumberList {
  private readonly chunks: number[][] = [];
  private last: number[] = [];
  length = 0;

  push(value: number): void {
    const i = this.length & lowBits;
    if (i === 0) {
      // Full size at once: 512 KB go straight to the old generation, instead of growing through the young one.
      this.last = this.length === 0 ? [] : new Array<number>(chunkSize);
      this.chunks.push(this.last);
    } else if (i === 64 && this.length === 64) {
      // A first chunk past 64 numbers will be long: make it full size too.
      const first = new Array<number>(chunkSize);
      for (let k = 0; k < 64; k += 1) first[k] = this.last[k]!;
      this.chunks[0] = first;
      this.last = first;
    }
    this.last[i] = value;
    this.length += 1;
  }

  get(k: number): number {
    return this.chunks[k >>> chunkBits]![k & lowBits]!;
  }

  toArray(): Int32Array {
    const out = new Int32Array(this.length);
    for (let k = 0; k < this.length; k += 1) out[k] = this.chunks[k >>> chunkBits]![k & lowBits]!;
    return out;
  }
}
