/**
 * The timeline's text search split by word, as Pagefind splits its index: every key with the rows that have
 * it, keys in code unit order, cut into chunks of about the same number of row entries, each its own Arrow
 * file (key, delta-coded rows). A small list of each chunk's first key tells which chunks a query needs;
 * only those are fetched.
 *
 * A token matches the keys it is a prefix of. Keys are the normalised words of each record's search text
 * (search/SearchIndex: case, diacritics and Traditional/Simplified script folded), and for words in a
 * script written without spaces (Chinese, Japanese, Korean) every suffix too, so a CJK token matches
 * anywhere inside such a word, as before; a Latin token matches the start of a word ("energ" finds
 * "energy", "nergy" no longer does).
 */
import { tableFromArrays, tableFromIPC, tableToIPC, list, int32, utf8 } from '@uwdata/flechette';
import { bitsetWords, setBit, type Bitset } from '../structures/index.ts';
import type { TextMatcher } from '../dataset/index.ts';
import { fieldSeparator } from '../search/index.ts';

const unspacedScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const punctuation = /[\p{P}\p{S}]/u;

export interface SearchChunk {
  /** The chunk's first key: chunk i holds the keys from its first up to the next chunk's first. */
  first: string;
  bytes: Uint8Array;
}

/** Sorted, de-duplicated union of two ascending lists. */
function union(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (n === 0 || out[n - 1] !== next) out[n++] = next;
  }
  return out.subarray(0, n);
}

/** The chunks of a search's words (SearchIndex.wordPositions), about `entriesPerChunk` row entries each. */
export function searchChunks(words: Iterable<[string, Int32Array]>, entriesPerChunk = 40_000): SearchChunk[] {
  const keys = new Map<string, Int32Array>();
  const add = (key: string, rows: Int32Array) => {
    const known = keys.get(key);
    keys.set(key, known ? union(known, rows) : rows);
  };
  for (const [word, rows] of words) {
    // Every record has the field separator: it would be one key with every row, and no query asks for it.
    if (word === fieldSeparator || word === '') continue;
    if (unspacedScript.test(word)) for (let k = 0; k < word.length; k += 1) add(word.slice(k), rows);
    else {
      add(word, rows);
      // The parts after punctuation too: "chengdu" finds "(chengdu)" and "finland-chengdu".
      for (let k = 1; k < word.length; k += 1) if (punctuation.test(word[k - 1]!) && !punctuation.test(word[k]!)) add(word.slice(k), rows);
    }
  }
  const sorted = [...keys.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const chunks: SearchChunk[] = [];
  let start = 0;
  while (start < sorted.length) {
    let end = start;
    let entries = 0;
    while (end < sorted.length && (end === start || entries + keys.get(sorted[end]!)!.length <= entriesPerChunk)) {
      entries += keys.get(sorted[end]!)!.length;
      end += 1;
    }
    const chunkKeys = sorted.slice(start, end);
    const deltas = chunkKeys.map((key) => {
      const rows = keys.get(key)!;
      const out = new Int32Array(rows.length);
      for (let k = 0; k < rows.length; k += 1) out[k] = k === 0 ? rows[0]! : rows[k]! - rows[k - 1]!;
      return out;
    });
    const table = tableFromArrays({ key: chunkKeys, rows: deltas } as never, { types: { key: utf8(), rows: list(int32()) } });
    chunks.push({ first: chunkKeys[0]!, bytes: tableToIPC(table, { format: 'stream' })! });
    start = end;
  }
  return chunks;
}

interface LoadedChunk {
  keys: string[];
  offsets: Int32Array;
  deltas: Int32Array;
}

function decodeChunk(bytes: ArrayBuffer | Uint8Array): LoadedChunk {
  const table = tableFromIPC(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  const keys = table.getChild('key')!.toArray() as string[];
  const batch = table.getChild('rows')!.data[0] as unknown as { offsets: Int32Array; children: Array<{ values: Int32Array }> };
  return { keys, offsets: batch.offsets, deltas: batch.children[0]!.values };
}

/** The first index in sorted `keys` whose key is not below `token`. */
function lowerBound(keys: readonly string[], token: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (keys[mid]! < token) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A chunked search over `size` rows; chunks arrive through `load` (a fetch, or files in a test). */
export class ChunkedSearch implements TextMatcher {
  private readonly loaded = new Map<number, LoadedChunk>();
  private readonly inflight = new Map<number, Promise<void>>();

  constructor(
    private readonly size: number,
    private readonly firsts: readonly string[],
    private readonly load: (chunk: number) => Promise<ArrayBuffer | Uint8Array>,
  ) {}

  /** The chunks that may hold keys starting with the token. */
  chunksFor(token: string): number[] {
    const { firsts } = this;
    // The chunk the token would be in, then every later chunk whose first key still starts with it.
    let first = lowerBound(firsts, token);
    if (first === firsts.length || firsts[first] !== token) first -= 1;
    const out: number[] = [];
    for (let c = Math.max(0, first); c < firsts.length && (c === Math.max(0, first) || firsts[c]!.startsWith(token)); c += 1) out.push(c);
    return out;
  }

  /** Fetches the chunks the tokens need; matching() can answer for them afterwards. */
  async prepare(tokens: readonly string[]): Promise<void> {
    const needed = new Set(tokens.flatMap((token) => this.chunksFor(token)));
    await Promise.all(
      [...needed].map((c) => {
        if (this.loaded.has(c)) return undefined;
        let pending = this.inflight.get(c);
        if (!pending) {
          pending = this.load(c).then((bytes) => {
            this.loaded.set(c, decodeChunk(bytes));
            this.inflight.delete(c);
          });
          this.inflight.set(c, pending);
        }
        return pending;
      }),
    );
  }

  /** Whether every chunk the tokens need is loaded. */
  ready(tokens: readonly string[]): boolean {
    return tokens.every((token) => this.chunksFor(token).every((c) => this.loaded.has(c)));
  }

  private rowsWithPrefix(token: string): Bitset {
    const mask = new Uint32Array(bitsetWords(this.size));
    for (const c of this.chunksFor(token)) {
      const chunk = this.loaded.get(c);
      if (!chunk) throw new Error(`search chunk ${c} is not loaded: prepare() first`);
      const { keys, offsets, deltas } = chunk;
      for (let k = lowerBound(keys, token); k < keys.length && keys[k]!.startsWith(token); k += 1) {
        let row = 0;
        for (let d = offsets[k]!; d < offsets[k + 1]!; d += 1) {
          row += deltas[d]!;
          setBit(mask, row);
        }
      }
    }
    return mask;
  }

  matching(tokens: readonly string[]): Bitset {
    const result = new Uint32Array(bitsetWords(this.size));
    if (tokens.length === 0) {
      for (let i = 0; i < this.size; i += 1) setBit(result, i);
      return result;
    }
    tokens.forEach((token, t) => {
      const mask = this.rowsWithPrefix(token);
      if (t === 0) result.set(mask);
      else for (let w = 0; w < result.length; w += 1) result[w]! &= mask[w]!;
    });
    return result;
  }
}
