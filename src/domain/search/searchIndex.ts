/**
 * The timeline's text search as an index of words, built once with the dataset, so a query looks words up
 * instead of scanning the normalised text of every record (42 M characters at 100,000 records).
 *
 * A record matches a query when every token is a substring of its normalised search text: its own fields and
 * its organisations' names (see indexDataset). Tokens never contain whitespace, so a token is a substring of
 * that text exactly when it is a substring of one of the text's words. The index keeps each distinct word once
 * (about 25,000 at 100,000 records) with the records that contain it; a token's records are the union over
 * the words that contain it, and a query's the intersection over its tokens.
 *
 * An organisation's names are kept once, as a group of words that records include, not once per record that
 * names the organisation: a word of the group matches the records that include it.
 */
import { bitsetWords, setBit, type Bitset } from '../structures/index.ts';
import { NumberList } from '../structures/index.ts';
import { Vocabulary } from './vocabulary.ts';

/**
 * What joined a record's fields when records carried their whole search text ("title \0 summary \0 …"). It is
 * a word of every record, so a query for it still matches every record, as it did in the joined text.
 */
export const fieldSeparator = '\u0000';

/** A record's place in a search index: the words the search box matches it against. */
export interface SearchDocument {
  index: SearchIndex;
  /** The record's number in the index (the order documents were added in). */
  document: number;
}

/** Lists of numbers in one array: list l is items[ends[l - 1] (0 for the first)] up to ends[l]. */
interface Lists {
  items: Int32Array;
  ends: Int32Array;
}

class ListsBuilder {
  readonly items = new NumberList();
  readonly ends = new NumberList();

  get count(): number {
    return this.ends.length;
  }

  /** The start of list l, which may still be open. */
  start(l: number): number {
    return l === 0 ? 0 : this.ends.get(l - 1);
  }

  end(l: number): number {
    return l < this.ends.length ? this.ends.get(l) : this.items.length;
  }

  close(): void {
    this.ends.push(this.items.length);
  }

  toLists(): Lists {
    return { items: this.items.toArray(), ends: this.ends.toArray() };
  }
}

function listOf(lists: Lists, l: number): Int32Array {
  return lists.items.subarray(l === 0 ? 0 : lists.ends[l - 1]!, lists.ends[l]!);
}

/** For each value, the keys of the lists that hold it, in starts[value] up to starts[value + 1]. */
interface Inverted {
  starts: Int32Array;
  keys: Int32Array;
}

/** The lists inverted (list l has key keyOf[l], by default l), keys in no particular order: a counting sort. */
function invert(lists: ListsBuilder, values: number, keyOf?: ArrayLike<number>): Inverted {
  const { items, ends } = lists;
  const starts = new Int32Array(values + 1);
  for (let k = 0; k < items.length; k += 1) starts[items.get(k) + 1]! += 1;
  for (let v = 0; v < values; v += 1) starts[v + 1]! += starts[v]!;
  const cursor = starts.slice(0, values);
  const keys = new Int32Array(items.length);
  for (let l = 0, k = 0; l < ends.length; l += 1) {
    const key = keyOf ? keyOf[l]! : l;
    for (const end = ends.get(l); k < end; k += 1) keys[cursor[items.get(k)]!++] = key;
  }
  return { starts, keys };
}

/** Collects documents (records) and groups (organisations' names), then builds their SearchIndex. */
export class SearchIndexBuilder {
  /** What the documents point to; build() fills it in. */
  readonly index = new SearchIndex();
  private readonly vocabulary = new Vocabulary();
  /** Per word id, the last document or group it was added to: de-duplicates their words without a Set. */
  private readonly lastStamp: number[] = [];
  private stamp = 0;
  /** Per group, the last document that included it. */
  private readonly groupStamp: number[] = [];
  private inDocument = false;
  /** Each document's distinct own words, each group's distinct words, each document's distinct groups. */
  private readonly documentWords = new ListsBuilder();
  private readonly groupWords = new ListsBuilder();
  private readonly documentGroups = new ListsBuilder();
  /** Each document's title as word ids in order, for the title order. */
  private readonly titleWords = new ListsBuilder();
  /** Per word id, its place among the title words in code unit order; computed when titles are first compared. */
  private titleRanks: Int32Array | null = null;
  private readonly separatorId: number;

  constructor() {
    this.separatorId = this.vocabulary.intern(fieldSeparator);
  }

  /** Documents added so far (ended). */
  get documents(): number {
    return this.documentWords.count;
  }

  private addWord(id: number, list: NumberList): void {
    while (this.lastStamp.length <= id) this.lastStamp.push(-1);
    if (this.lastStamp[id] === this.stamp) return;
    this.lastStamp[id] = this.stamp;
    list.push(id);
  }

  private addWordsOf(text: string, list: NumberList, inOrder?: NumberList): void {
    const { vocabulary } = this;
    for (let k = 0, count = vocabulary.read(text); k < count; k += 1) {
      const ids = vocabulary.wordsOfPiece(k);
      if (typeof ids === 'number') {
        this.addWord(ids, list);
        inOrder?.push(ids);
      } else {
        for (const id of ids) {
          this.addWord(id, list);
          inOrder?.push(id);
        }
      }
    }
  }

  /** A group of texts (an organisation's names) that documents can then include by its number. */
  addGroup(texts: readonly string[]): number {
    if (this.inDocument) throw new Error('addGroup inside a document');
    this.stamp += 1;
    for (const text of texts) this.addWordsOf(text, this.groupWords.items);
    this.groupWords.close();
    this.groupStamp.push(-1);
    return this.groupWords.count - 1;
  }

  /** Starts the next document: its words are what the calls below add until endDocument. */
  beginDocument(): void {
    if (this.inDocument) throw new Error('beginDocument inside a document');
    this.inDocument = true;
    this.stamp += 1;
    this.addWord(this.separatorId, this.documentWords.items);
  }

  addText(text: string): void {
    if (!this.inDocument) throw new Error('addText outside a document');
    this.addWordsOf(text, this.documentWords.items);
  }

  /** addText for the document's title, whose words are also kept in order to sort documents by title. */
  addTitle(text: string): void {
    if (!this.inDocument) throw new Error('addTitle outside a document');
    this.addWordsOf(text, this.documentWords.items, this.titleWords.items);
    this.titleRanks = null;
  }

  includeGroup(group: number): void {
    if (!this.inDocument) throw new Error('includeGroup outside a document');
    if (!(group >= 0 && group < this.groupStamp.length)) throw new Error(`no group ${group}`);
    if (this.groupStamp[group] === this.documents) return;
    this.groupStamp[group] = this.documents;
    this.documentGroups.items.push(group);
  }

  endDocument(): SearchDocument {
    if (!this.inDocument) throw new Error('endDocument outside a document');
    this.inDocument = false;
    this.documentWords.close();
    this.documentGroups.close();
    this.titleWords.close();
    return { index: this.index, document: this.documents - 1 };
  }

  /**
   * Compares two documents' titles as normalised word sequences (see recordOrder.ts): word by word in code unit
   * order, a title that is a prefix of the other first.
   */
  compareTitles(a: number, b: number): number {
    const ranks = (this.titleRanks ??= this.rankTitleWords());
    const titles = this.titleWords;
    const words = titles.items;
    let i = titles.start(a);
    let j = titles.start(b);
    const aEnd = titles.end(a);
    const bEnd = titles.end(b);
    for (; i < aEnd && j < bEnd; i += 1, j += 1) {
      const d = ranks[words.get(i)]! - ranks[words.get(j)]!;
      if (d !== 0) return d;
    }
    return aEnd - i - (bEnd - j);
  }

  private rankTitleWords(): Int32Array {
    const { words } = this.vocabulary;
    const titleWords = this.titleWords.items;
    const ranks = new Int32Array(words.length);
    const seen = new Uint8Array(words.length);
    const ids: number[] = [];
    for (let k = 0; k < titleWords.length; k += 1) {
      const id = titleWords.get(k);
      if (seen[id] === 0) {
        seen[id] = 1;
        ids.push(id);
      }
    }
    // Distinct ids are distinct words: never equal.
    ids.sort((x, y) => (words[x]! < words[y]! ? -1 : 1));
    ids.forEach((id, rank) => {
      ranks[id] = rank;
    });
    return ranks;
  }

  /**
   * Fills in and returns the index, with positions[i] the document at position i (by default document i),
   * e.g. the records' order after sorting: queries answer with bitsets by position.
   */
  build(positions?: ArrayLike<number>): SearchIndex {
    const n = this.documents;
    if (this.inDocument) throw new Error('build inside a document');
    if (positions && positions.length !== n) throw new Error(`${positions.length} positions for ${n} documents`);
    const positionOf = new Int32Array(n);
    for (let i = 0; i < n; i += 1) positionOf[positions ? positions[i]! : i] = i;
    const words = [...this.vocabulary.words];
    this.index.load({
      size: n,
      words,
      positionOf,
      groupWords: this.groupWords.toLists(),
      own: invert(this.documentWords, words.length, positionOf),
      groups: invert(this.documentGroups, this.groupWords.count, positionOf),
      wordGroups: invert(this.groupWords, words.length),
    });
    return this.index;
  }
}

/** A one-document index: the search entry of a record made without indexDataset (e.g. in a test). */
export function searchDocument(texts: readonly string[], groups: ReadonlyArray<readonly string[]> = []): SearchDocument {
  const builder = new SearchIndexBuilder();
  const ids = groups.map((names) => builder.addGroup(names));
  builder.beginDocument();
  for (const text of texts) builder.addText(text);
  for (const id of ids) builder.includeGroup(id);
  const document = builder.endDocument();
  builder.build();
  return document;
}

interface SearchIndexData {
  /** Number of documents. */
  size: number;
  words: readonly string[];
  /** Document → position. */
  positionOf: Int32Array;
  groupWords: Lists;
  /** Word → positions of the documents with it among their own words. */
  own: Inverted;
  /** Group → positions of the documents that include it. */
  groups: Inverted;
  /** Word → groups with it. */
  wordGroups: Inverted;
}

export class SearchIndex {
  private data: SearchIndexData | null = null;
  /** Every word once, '\n' after each: one native indexOf pass finds all the words containing a token. */
  private haystack = '';
  /** Where each word starts in the haystack; one entry more, for the end of the last. */
  private wordStarts = new Int32Array(1);
  /**
   * The last query's tokens, each with the words it was found in and its records: a token typed again is not
   * searched again, and one typed further ("energ" → "energy") is searched only in the words of the shorter one.
   */
  private last = new Map<string, { words: number[]; mask: Bitset }>();

  /** Called once, by SearchIndexBuilder.build. */
  load(data: SearchIndexData): void {
    if (this.data) throw new Error('search index already built');
    this.data = data;
    const { words } = data;
    this.haystack = words.length > 0 ? `${words.join('\n')}\n` : '';
    this.wordStarts = new Int32Array(words.length + 1);
    let offset = 0;
    for (let w = 0; w < words.length; w += 1) {
      this.wordStarts[w] = offset;
      offset += words[w]!.length + 1;
    }
    this.wordStarts[words.length] = offset;
  }

  private get built(): SearchIndexData {
    if (!this.data) throw new Error('search index not built yet');
    return this.data;
  }

  /** Number of documents (records). */
  get size(): number {
    return this.built.size;
  }

  positionOf(document: number): number {
    return this.built.positionOf[document]!;
  }

  /** Positions of the documents that include the group (e.g. an organisation's records), in no particular order. */
  groupPositions(group: number): Int32Array {
    const { starts, keys } = this.built.groups;
    return keys.subarray(starts[group]!, starts[group + 1]!);
  }

  /**
   * The document's distinct words, its groups' included: what its search text is made of. Goes through the
   * whole index (the index keeps documents by word, not words by document): for tests and for looking into one.
   */
  wordsOf(document: number): string[] {
    const { words, positionOf, own, groups, groupWords } = this.built;
    const position = positionOf[document]!;
    const ids = new Set<number>();
    const holds = (keys: Int32Array, from: number, to: number) => keys.subarray(from, to).includes(position);
    for (let w = 0; w < words.length; w += 1) if (holds(own.keys, own.starts[w]!, own.starts[w + 1]!)) ids.add(w);
    for (let g = 0; g + 1 < groups.starts.length; g += 1) {
      if (holds(groups.keys, groups.starts[g]!, groups.starts[g + 1]!)) for (const id of listOf(groupWords, g)) ids.add(id);
    }
    return [...ids].map((id) => words[id]!);
  }

  /**
   * Every word with the positions of the documents that have it, their own or through a group, ascending:
   * what a search split into files by word (timelineIndex/searchChunks) is written from.
   */
  *wordPositions(): Generator<[word: string, positions: Int32Array]> {
    const { words, own, groups, wordGroups } = this.built;
    for (let w = 0; w < words.length; w += 1) {
      const found: number[] = [];
      for (let k = own.starts[w]!; k < own.starts[w + 1]!; k += 1) found.push(own.keys[k]!);
      for (let g = wordGroups.starts[w]!; g < wordGroups.starts[w + 1]!; g += 1) {
        const group = wordGroups.keys[g]!;
        for (let k = groups.starts[group]!; k < groups.starts[group + 1]!; k += 1) found.push(groups.keys[k]!);
      }
      const positions = Int32Array.from(found).sort();
      let n = 0;
      for (let k = 0; k < positions.length; k += 1) if (k === 0 || positions[k] !== positions[k - 1]) positions[n++] = positions[k]!;
      yield [words[w]!, positions.subarray(0, n)];
    }
  }

  private wordAt(offset: number): number {
    let low = 0;
    let high = this.built.words.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.wordStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Ids of the words that contain the token; only among `candidates` when given. */
  private wordsContaining(token: string, candidates: readonly number[] | undefined): number[] {
    const { words } = this.built;
    if (candidates) return candidates.filter((w) => words[w]!.includes(token));
    const found: number[] = [];
    let from = 0;
    for (;;) {
      const at = this.haystack.indexOf(token, from);
      if (at === -1) return found;
      const w = this.wordAt(at);
      found.push(w);
      from = this.wordStarts[w + 1]!;
    }
  }

  /** The documents with any of the words, among their own or in a group they include. */
  private union(wordIds: readonly number[]): Bitset {
    const { size, own, groups, wordGroups } = this.built;
    const mask = new Uint32Array(bitsetWords(size));
    const groupsDone = new Set<number>();
    for (const w of wordIds) {
      for (let k = own.starts[w]!, end = own.starts[w + 1]!; k < end; k += 1) setBit(mask, own.keys[k]!);
      for (let g = wordGroups.starts[w]!, gEnd = wordGroups.starts[w + 1]!; g < gEnd; g += 1) {
        const group = wordGroups.keys[g]!;
        if (groupsDone.has(group)) continue;
        groupsDone.add(group);
        for (let k = groups.starts[group]!, end = groups.starts[group + 1]!; k < end; k += 1) setBit(mask, groups.keys[k]!);
      }
    }
    return mask;
  }

  /** The documents whose text contains every token (bit i for position i), for tokens as searchTokens gives them. */
  matching(tokens: readonly string[]): Bitset {
    const { size } = this.built;
    const result = new Uint32Array(bitsetWords(size));
    if (tokens.length === 0) {
      for (let i = 0; i < size; i += 1) setBit(result, i);
      return result;
    }
    const current = new Map<string, { words: number[]; mask: Bitset }>();
    tokens.forEach((token, t) => {
      let entry = current.get(token) ?? this.last.get(token);
      if (entry === undefined) {
        const shorter = [...this.last.keys()].find((old) => token.includes(old));
        const words = this.wordsContaining(token, shorter === undefined ? undefined : this.last.get(shorter)!.words);
        entry = { words, mask: this.union(words) };
      }
      current.set(token, entry);
      const { mask } = entry;
      if (t === 0) result.set(mask);
      else for (let w = 0; w < result.length; w += 1) result[w]! &= mask[w]!;
    });
    this.last = current;
    return result;
  }
}
