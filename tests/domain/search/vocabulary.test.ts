import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseForSearch } from '../../../src/domain/search/text.ts';
import { Vocabulary } from '../../../src/domain/search/vocabulary.ts';

/**
 * Characters where normalising word by word could differ from normalising the whole text: every kind of
 * whitespace (U+FEFF is whitespace to \s but case-ignorable, so a final sigma sees through it), spacing marks
 * that NFKD turns into a space plus a mark, combining marks, Greek sigma, letters that lowercase to two
 * characters, compatibility forms, apostrophe and dash variants, an Arabic ligature that decomposes into
 * several words, CJK, and the old field separator.
 */
const tricky = [
  'a', 'b', 'e', 'o', 'A', 'E', 'Σ', 'σ', 'ς', 'Α', 'İ', 'ß', 'ø', 'Æ', 'é', '\u0301', '\u0308', '¨', '´', '`', '’', '‐', '－',
  ' ', '  ', '\t', '\n', '\u00a0', '\u1680', '\u2000', '\u2028', '\u202f', '\u3000', '\ufeff', '\u200b', '\u180e',
  'ﬁ', '①', 'Ⅻ', 'ｶ', '\ufdfa', '成', '都', '.', ',', '-', "'", '\u0000',
];
const trickyText = fc.array(fc.constantFrom(...tricky), { maxLength: 24 }).map((parts) => parts.join(''));
const anyText = fc.oneof(trickyText, fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }));

describe('Vocabulary, normalising each piece of text between whitespace on its own', () => {
  it('gives exactly what normaliseForSearch gives for the whole text', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 12 }), (texts) => {
        // One vocabulary for all the texts, so later ones go through its table of pieces.
        const vocabulary = new Vocabulary();
        for (const text of texts) expect(vocabulary.normalise(text)).toBe(normaliseForSearch(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('lowercases a Greek sigma as the whole text would, though U+FEFF counts as whitespace', () => {
    const vocabulary = new Vocabulary();
    // Not word-final: the next letter is seen through U+FEFF (case-ignorable), as in the whole text.
    expect(vocabulary.normalise('ΑΣ\ufeffΑ ΟΔΟΣ')).toBe('ασ α οδος');
    expect(vocabulary.normalise('ΑΣ\ufeff')).toBe('ας');
  });

  it('numbers each distinct word once, and reads a text as the ids of its normalised words in order', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 12 }), (texts) => {
        const vocabulary = new Vocabulary();
        for (const text of texts) {
          const ids: number[] = [];
          for (let k = 0, count = vocabulary.read(text); k < count; k += 1) {
            const words = vocabulary.wordsOfPiece(k);
            ids.push(...(typeof words === 'number' ? [words] : words));
          }
          const expected = normaliseForSearch(text).split(' ').filter((w) => w !== '');
          expect(ids.map((id) => vocabulary.words[id])).toEqual(expected);
          expect(ids.map((id) => vocabulary.intern(vocabulary.words[id]!))).toEqual(ids);
        }
        expect(new Set(vocabulary.words).size).toBe(vocabulary.words.length);
      }),
      { numRuns: 500 },
    );
  });
});

