// @vitest-environment node
/** The search split into chunks by word: a query fetches only its chunks and matches as documented. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexDataset, type DatasetIndex } from '../../../src/domain/dataset/index.ts';
import { loadScriptConverter } from '../../../src/domain/i18n/index.ts';
import { searchTokens } from '../../../src/domain/search/index.ts';
import { hasBit } from '../../../src/domain/structures/index.ts';
import { ChunkedSearch, searchChunks } from '../../../src/domain/timelineIndex/index.ts';
import { generateDataset } from '../../../src/tools/synth/generate.ts';
import { loadSectors } from '../../../src/tools/synth/write.ts';
import { realData } from '../../support/realData.ts';

const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const punctuation = /[\p{P}\p{S}]/u;

function startsAWordPart(word: string, token: string): boolean {
  for (let at = word.indexOf(token); at !== -1; at = word.indexOf(token, at + 1)) {
    if (at === 0 || (punctuation.test(word[at - 1]!) && !punctuation.test(word[at]!))) return true;
  }
  return false;
}

/** What the chunked search promises, worked out from each record's words. */
const wordsCache = new WeakMap<DatasetIndex, string[][]>();

function expectedRows(index: DatasetIndex, tokens: readonly string[]): number[] {
  let wordsOfRows = wordsCache.get(index);
  if (!wordsOfRows) wordsCache.set(index, (wordsOfRows = index.records.map((r) => r.search.index.wordsOf(r.search.document))));
  const out: number[] = [];
  wordsOfRows.forEach((words, row) => {
    // At a word's start or after punctuation in it; anywhere in a CJK word.
    const has = (token: string) => words.some((w) => (unspaced.test(w) ? w.includes(token) : startsAWordPart(w, token)));
    if (tokens.every(has)) out.push(row);
  });
  return out;
}

function chunkedSearchOf(index: DatasetIndex, entriesPerChunk: number) {
  const chunks = searchChunks(index.records[0]!.search.index.wordPositions(), entriesPerChunk);
  const fetched: number[] = [];
  const search = new ChunkedSearch(
    index.records.length,
    chunks.map((c) => c.first),
    async (c) => {
      fetched.push(c);
      return chunks[c]!.bytes;
    },
  );
  return { search, chunks, fetched };
}

async function rowsOf(search: ChunkedSearch, tokens: string[], size: number): Promise<number[]> {
  await search.prepare(tokens);
  const mask = search.matching(tokens);
  return Array.from({ length: size }, (_, i) => i).filter((i) => hasBit(mask, i));
}

describe('the search split by word', () => {
  it('matches word starts in Latin script and any part of a Chinese word, folding case, accents and script', async () => {
    await loadScriptConverter();
    const index = indexDataset(realData().dataset);
    const { search, chunks } = chunkedSearchOf(index, 500);
    expect(chunks.length).toBeGreaterThan(3);
    for (const query of ['chengdu', 'Chengdu', 'opening-chengdu', 'nordic', 'chengd', 'västerås', 'vasteras', '成都', '都', '華西', '华西', 'sign agreement', 'zzzz']) {
      const tokens = searchTokens(query);
      expect(await rowsOf(search, tokens, index.records.length), query).toEqual(expectedRows(index, tokens));
    }
    // Folding reaches the index: the Traditional and the Simplified spelling find the same records.
    expect(await rowsOf(search, searchTokens('華西'), index.records.length)).toEqual(await rowsOf(search, searchTokens('华西'), index.records.length));
    expect((await rowsOf(search, searchTokens('成都'), index.records.length)).length).toBeGreaterThan(0);
  });

  it('fetches only the chunks a token needs', async () => {
    await loadScriptConverter();
    const index = indexDataset(realData().dataset);
    const { search, chunks, fetched } = chunkedSearchOf(index, 500);
    await search.prepare(['chengdu']);
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.length).toBeLessThan(chunks.length / 2);
    expect(search.ready(['chengdu'])).toBe(true);
    expect(() => search.matching(['zzz-not-loaded'])).toThrow(/not loaded/);
  });

  it('agrees with the words of every record for tokens drawn from them, on synthetic data', async () => {
    await loadScriptConverter();
    const { dataset } = generateDataset({ records: 800, seed: 3, sectors: loadSectors() });
    const index = indexDataset(dataset);
    const { search } = chunkedSearchOf(index, 2000);
    const words = [...new Set(index.records.slice(0, 100).flatMap((r) => r.search.index.wordsOf(r.search.document)))].filter((w) => w !== '\u0000');
    const token = fc.tuple(fc.constantFrom(...words), fc.nat(), fc.nat()).map(([w, a, b]) => {
      const start = unspaced.test(w) ? a % w.length : 0;
      return w.slice(start, Math.max(start + 1, Math.min(w.length, start + 1 + (b % w.length))));
    });
    await fc.assert(
      fc.asyncProperty(fc.array(token, { minLength: 1, maxLength: 2 }), async (tokens) => {
        expect(await rowsOf(search, tokens, index.records.length)).toEqual(expectedRows(index, tokens));
      }),
      { numRuns: 60 },
    );
  });
});
