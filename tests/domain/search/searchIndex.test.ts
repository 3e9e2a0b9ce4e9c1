import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bitset } from '../../../src/domain/structures/bitset.ts';
import { fieldSeparator, searchDocument, SearchIndexBuilder } from '../../../src/domain/search/searchIndex.ts';
import { matchesTokens, normaliseForSearch, searchTokens } from '../../../src/domain/search/text.ts';

/** Whitespace of every kind, marks, sigmas, compatibility forms, CJK and the field separator. */
const tricky = [
  'a', 'b', 'e', 'o', 'A', 'E', 'Σ', 'σ', 'ς', 'Α', 'İ', 'ß', 'ø', 'Æ', 'é', '\u0301', '\u0308', '¨', '´', '`', '’', '‐', '－',
  ' ', '  ', '\t', '\n', '\u00a0', '\u1680', '\u2000', '\u2028', '\u202f', '\u3000', '\ufeff', '\u200b', '\u180e',
  'ﬁ', '①', 'Ⅻ', 'ｶ', '\ufdfa', '成', '都', '.', ',', '-', "'", '\u0000',
];

/**
 * The plain definition, as records once carried it: a document's texts (title, summary, …: always two or more)
 * and its groups' names, normalised and joined by the field separator into one string scanned for every token.
 */
function plainMatches(docs: ReadonlyArray<{ texts: string[]; groups: number[] }>, groups: string[][], query: string): boolean[] {
  const tokens = searchTokens(query);
  return docs.map(({ texts, groups: included }) => {
    const text = [normaliseForSearch(texts.join(' \u0000 ')), ...included.map((g) => normaliseForSearch(groups[g]!.join(' ')))].join(' \u0000 ');
    return tokens.length === 0 || matchesTokens(text, tokens);
  });
}

function bits(mask: Bitset, size: number): boolean[] {
  return Array.from({ length: size }, (_, i) => (mask[i >>> 5]! & (1 << (i & 31))) !== 0);
}

// Few letters, so that tokens hit several words and words share pieces.
const word = fc.array(fc.constantFrom('a', 'b', 'n', 'ä', 'Σ', 'ς', '成', '-', 'É'), { minLength: 1, maxLength: 5 }).map((w) => w.join(''));
const text = fc.array(fc.oneof(word, fc.constant(' '), fc.constantFrom(...tricky)), { maxLength: 10 }).map((w) => w.join(' '));
const corpus = fc
  .record({
    groups: fc.array(fc.array(text, { maxLength: 3 }), { maxLength: 4 }),
    docs: fc.array(fc.record({ texts: fc.array(text, { minLength: 2, maxLength: 4 }), groups: fc.array(fc.nat(3), { maxLength: 3 }) }), { maxLength: 40 }),
    seed: fc.nat(),
  })
  .map(({ groups, docs, seed }) => ({
    groups,
    docs: docs.map((d) => ({ texts: d.texts, groups: groups.length === 0 ? [] : d.groups.map((g) => g % groups.length) })),
    seed,
  }));
const query = fc.oneof(fc.array(fc.oneof(word, fc.constantFrom(...tricky)), { maxLength: 3 }).map((w) => w.join(' ')), text);

describe('the search index', () => {
  it('finds exactly the documents whose normalised text contains every token, query after query', () => {
    fc.assert(
      fc.property(corpus, fc.array(query, { minLength: 1, maxLength: 8 }), ({ groups, docs, seed }, queries) => {
        const builder = new SearchIndexBuilder();
        const groupIds = groups.map((names) => builder.addGroup(names));
        docs.forEach(({ texts, groups: included }, d) => {
          builder.beginDocument();
          // The first text goes in as the title, which also keeps its words in order.
          texts.forEach((t, k) => (k === 0 ? builder.addTitle(t) : builder.addText(t)));
          for (const g of included) builder.includeGroup(groupIds[g]!);
          expect(builder.endDocument().document).toBe(d);
        });
        // Positions in a shuffled order, as after sorting: bit i stands for the document at position i.
        const positions = docs.map((_, d) => d).sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101) || a - b);
        const index = builder.build(positions);
        // Typing a query letter by letter, then the others: the index's cache of the last query must not change answers.
        const typed = queries.flatMap((q) => [...Array.from({ length: q.length }, (_, k) => q.slice(0, k + 1)), q]);
        for (const q of typed) {
          const expected = plainMatches(docs, groups, q);
          const found = bits(index.matching(searchTokens(q)), docs.length);
          expect(positions.map((d) => found[index.positionOf(d)])).toEqual(positions.map((d) => expected[d]));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("lists a document's words: those of its texts and of its groups, and the field separator", () => {
    fc.assert(
      fc.property(corpus, ({ groups, docs }) => {
        const builder = new SearchIndexBuilder();
        const groupIds = groups.map((names) => builder.addGroup(names));
        const added = docs.map(({ texts, groups: included }) => {
          builder.beginDocument();
          for (const t of texts) builder.addText(t);
          for (const g of included) builder.includeGroup(groupIds[g]!);
          return builder.endDocument();
        });
        builder.build();
        added.forEach(({ index, document }, d) => {
          const { texts, groups: included } = docs[d]!;
          const expected = new Set(
            [...texts, ...included.flatMap((g) => groups[g]!)].flatMap((t) => normaliseForSearch(t).split(' ')).filter((w) => w !== ''),
          );
          expected.add(fieldSeparator);
          expect(new Set(index.wordsOf(document))).toEqual(expected);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('finds a word inside a longer one, and across scripts, but not across two words', () => {
    const { index, document } = searchDocument(['Chengdu–Finland Cooperation', '成都市商務局'], [['Västerås Science Park']]);
    const finds = (q: string) => bits(index.matching(searchTokens(q)), 1)[index.positionOf(document)];
    expect(finds('finland-chengdu')).toBe(false);
    expect(finds('chengdu-fin')).toBe(true);
    expect(finds('operat')).toBe(true);
    expect(finds('商務')).toBe(true);
    expect(finds('vasteras park')).toBe(true);
    expect(finds('science-park')).toBe(false);
    expect(finds('cooperation sweden')).toBe(false);
  });

  it('matches everything for a query with no tokens, and nothing in an empty index', () => {
    const builder = new SearchIndexBuilder();
    for (let d = 0; d < 33; d += 1) {
      builder.beginDocument();
      builder.addText(`doc ${d}`);
      builder.endDocument();
    }
    const index = builder.build();
    expect(bits(index.matching([]), 33).every(Boolean)).toBe(true);
    expect(bits(index.matching(['doc']), 33).every(Boolean)).toBe(true);
    expect(bits(index.matching(['doc', '32']), 33).filter(Boolean)).toHaveLength(1);
    expect(new SearchIndexBuilder().build().matching(['x'])).toEqual(new Uint32Array(1));
  });
});
