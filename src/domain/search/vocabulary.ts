/**
 * The distinct normalised words of many texts, numbered. Each distinct raw piece of text (a run without
 * whitespace) is normalised once: NFKD and six regex passes over every record's text were most of the
 * index build at 100,000 records, while the pieces repeat (2.9 M pieces of record text, 21,000 distinct).
 * Pieces are looked up where they stand in the text, by a hash of their characters, so the 2.9 M are never
 * cut out as strings (that and a Map lookup each took 0.6 s).
 */
import { normaliseForSearch } from './text.ts';

/**
 * Whether a character (UTF-16 code unit) separates words in normaliseForSearch's output whatever surrounds it:
 * every `\s` character except U+FEFF, which `\s` counts as whitespace but toLowerCase as case-ignorable (a Greek
 * final sigma looks through it), so it has to stay inside its piece. Every normalisation step is local to a
 * character or bounded by these, so normalising the pieces of a text one by one gives the words of the
 * normalised whole; a piece may still normalise to several words ("a¨b" → "a b") or none (a lone mark).
 */
function isWordBreak(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

const noWords: readonly number[] = [];

export class Vocabulary {
  /** Word id → word. */
  readonly words: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Distinct pieces in an open-addressing table: slot s holds a piece's hash at 2s and its number + 1 at 2s + 1. */
  private table = new Int32Array(2 << 12);
  private pieces = 0;
  /** Each piece's characters, in one array (comparing there is several times faster than in sliced strings)… */
  private chars = new Uint16Array(1 << 16);
  private charCount = 0;
  /** …from spans[2p], spans[2p + 1] long. */
  private spans = new Int32Array(2 << 12);
  /** Per piece, the id of the word it normalises to, or the ids of several or none. */
  private readonly pieceWords: Array<number | readonly number[]> = [];
  /** The pieces of the text read last. */
  private readonly scanned: number[] = [];

  /** The word's id, numbering it if new. */
  intern(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.ids.set(word, id);
    }
    return id;
  }

  /**
   * Reads a text into pieces, numbering any new words; returns how many pieces. The ids of the words of
   * normaliseForSearch(text) are then, in order, those of wordsOfPiece(0) up to wordsOfPiece(count - 1).
   */
  read(text: string): number {
    return this.scan(text);
  }

  /** The id of the word the k-th piece of the text read last normalises to, or the ids of several or none. */
  wordsOfPiece(k: number): number | readonly number[] {
    return this.pieceWords[this.scanned[k]!]!;
  }

  /** normaliseForSearch(text), from the normalised pieces. */
  normalise(text: string): string {
    const words: string[] = [];
    for (let k = 0, count = this.read(text); k < count; k += 1) {
      const ids = this.wordsOfPiece(k);
      if (typeof ids === 'number') words.push(this.words[ids]!);
      else for (const id of ids) words.push(this.words[id]!);
    }
    return words.join(' ');
  }

  /** Splits text at word breaks into pieces, leaving their numbers in this.scanned; returns how many. */
  private scan(text: string): number {
    const n = text.length;
    let count = 0;
    for (let k = 0; k < n; ) {
      let c = text.charCodeAt(k);
      if (isWordBreak(c)) {
        k += 1;
        continue;
      }
      const start = k;
      let hash = 0;
      for (;;) {
        hash = Math.imul(hash ^ c, 0x01000193);
        if (++k === n) break;
        c = text.charCodeAt(k);
        if (isWordBreak(c)) break;
      }
      this.scanned[count++] = this.piece(text, start, k, hash);
    }
    return count;
  }

  /** The number of the piece text[start, end), looked up by hash, then by its characters; added if new. */
  private piece(text: string, start: number, end: number, hash: number): number {
    const { table, chars, spans } = this;
    const mask = (table.length >>> 1) - 1;
    const length = end - start;
    let slot = hash & mask;
    for (let entry = table[2 * slot + 1]!; entry !== 0; entry = table[2 * slot + 1]!) {
      if (table[2 * slot] === hash && spans[2 * entry - 1] === length) {
        const from = spans[2 * entry - 2]! - start;
        let j = start;
        while (j < end && chars[from + j] === text.charCodeAt(j)) j += 1;
        if (j === end) return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
    return this.addPiece(text, start, end, hash, slot);
  }

  private addPiece(text: string, start: number, end: number, hash: number, slot: number): number {
    const piece = this.pieces;
    this.pieces += 1;
    if (2 * this.pieces > this.spans.length) {
      const grown = new Int32Array(this.spans.length * 2);
      grown.set(this.spans);
      this.spans = grown;
    }
    if (this.charCount + end - start > this.chars.length) {
      const grown = new Uint16Array(Math.max(this.chars.length * 2, this.charCount + end - start));
      grown.set(this.chars);
      this.chars = grown;
    }
    this.spans[2 * piece] = this.charCount;
    this.spans[2 * piece + 1] = end - start;
    for (let j = start; j < end; j += 1) this.chars[this.charCount++] = text.charCodeAt(j);
    const normalised = normaliseForSearch(text.slice(start, end));
    if (normalised === '') this.pieceWords.push(noWords);
    else if (normalised.includes(' ')) this.pieceWords.push(normalised.split(' ').map((word) => this.intern(word)));
    else this.pieceWords.push(this.intern(normalised));
    this.table[2 * slot] = hash;
    this.table[2 * slot + 1] = piece + 1;
    if (4 * this.pieces > this.table.length) this.growTable();
    return piece;
  }

  private growTable(): void {
    const old = this.table;
    const table = new Int32Array(old.length * 2);
    const mask = (table.length >>> 1) - 1;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s + 1] === 0) continue;
      let slot = old[s]! & mask;
      while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = old[s]!;
      table[2 * slot + 1] = old[s + 1]!;
    }
    this.table = table;
  }
}
