import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteAnchor } from '../../../src/domain/sources/anchors.ts';
import type { CitingRecord, SourceCitation } from '../../../src/domain/sources/citations.ts';
import {
  highlightForAnchor,
  layoutArticle,
  locateQuotes,
  mergeHighlights,
  numberCitations,
  type ArticleBlock,
  type ArticlePiece,
} from '../../../src/domain/sources/highlights.ts';

const event: CitingRecord = { kind: 'event', id: 'e1', title: 'Event one', href: '/events/e1' };
const agreement: CitingRecord = { kind: 'agreement', id: 'a1', title: 'Agreement one', href: '/agreements/a1' };
const person: CitingRecord = { kind: 'person', id: 'p1', title: 'Person one', href: null };

const cite = (record: CitingRecord, ...quotes: string[]): SourceCitation => ({ record, quotes });

/** Every anchor id in the layout, wherever it sits (mark id, anchor piece or anchor inside a mark). */
function anchorIds(blocks: readonly ArticleBlock[]): string[] {
  const ids: string[] = [];
  const visit = (piece: ArticlePiece) => {
    if (piece.type === 'anchor') ids.push(piece.id);
    if (piece.type === 'mark') {
      if (piece.id) ids.push(piece.id);
      for (const part of piece.parts) if (part.type === 'anchor') ids.push(part.id);
    }
  };
  for (const block of blocks) if (block.type === 'paragraph') block.pieces.forEach(visit);
  return ids;
}

/** The visible text of a paragraph, anchors dropped. */
function paragraphText(block: ArticleBlock): string {
  if (block.type !== 'paragraph') return '';
  return block.pieces
    .map((p) => (p.type === 'text' ? p.text : p.type === 'mark' ? p.parts.map((x) => (x.type === 'text' ? x.text : '')).join('') : ''))
    .join('');
}

describe('locateQuotes', () => {
  it('finds each quote at its offset with the records it supports, one entry per quote', () => {
    const text = 'Alpha beta gamma. Delta epsilon.';
    const { quotes, missing } = locateQuotes(text, [cite(event, 'beta gamma'), cite(agreement, 'beta gamma', 'Delta')]);
    expect(missing).toEqual([]);
    expect(quotes.map((q) => [q.start, q.end, q.records.map((r) => r.id)])).toEqual([
      [6, 16, ['e1', 'a1']],
      [18, 23, ['a1']],
    ]);
    expect(quotes[0]!.anchor).toBe(quoteAnchor('beta gamma'));
  });

  it('marks every occurrence of a repeated quote but anchors only the first', () => {
    const { quotes } = locateQuotes('Finland, then Finland again', [cite(event, 'Finland')]);
    expect(quotes.map((q) => [q.start, q.anchored])).toEqual([
      [0, true],
      [14, false],
    ]);
  });

  it('reports quotes the text does not contain instead of dropping them silently', () => {
    const { quotes, missing } = locateQuotes('Some text', [cite(event, 'not there')]);
    expect(quotes).toEqual([]);
    expect(missing).toEqual([{ quote: 'not there', records: [event] }]);
  });
});

describe('mergeHighlights', () => {
  it('merges overlapping quotes into one highlight listing all their records', () => {
    const text = 'one two three four five';
    const { quotes } = locateQuotes(text, [cite(event, 'one two three'), cite(agreement, 'three four'), cite(person, 'five')]);
    const highlights = mergeHighlights(quotes);
    expect(highlights.map((h) => text.slice(h.start, h.end))).toEqual(['one two three four', 'five']);
    expect(highlights[0]!.records.map((r) => r.id)).toEqual(['e1', 'a1']);
    expect(highlights[0]!.quotes).toHaveLength(2);
  });

  it('keeps quotes that only touch as separate highlights', () => {
    const { quotes } = locateQuotes('abcdef', [cite(event, 'abc'), cite(agreement, 'def')]);
    expect(mergeHighlights(quotes)).toHaveLength(2);
  });

  it('merges a quote nested inside another', () => {
    const { quotes } = locateQuotes('the whole sentence here', [cite(event, 'the whole sentence here'), cite(agreement, 'sentence')]);
    const [only, ...rest] = mergeHighlights(quotes);
    expect(rest).toEqual([]);
    expect(only!.records.map((r) => r.id)).toEqual(['e1', 'a1']);
  });

  it('finds the highlight holding an anchor from the URL', () => {
    const { quotes } = locateQuotes('one two three four', [cite(event, 'one two three'), cite(agreement, 'three four')]);
    const highlights = mergeHighlights(quotes);
    expect(highlightForAnchor(highlights, quoteAnchor('three four'))?.index).toBe(0);
    expect(highlightForAnchor(highlights, 'q-nothing')).toBeUndefined();
  });
});

describe('layoutArticle', () => {
  const layout = (text: string, citations: SourceCitation[], languages = ['en']) => {
    const { quotes } = locateQuotes(text, citations);
    const highlights = mergeHighlights(quotes);
    return { highlights, blocks: layoutArticle(text, highlights, languages) };
  };

  it('makes each non-blank line a paragraph and collapses runs of image placeholders', () => {
    const { blocks } = layout('First line\n\n![]()\n![]()\n\nSecond line\n![]()', []);
    expect(blocks.map((b) => (b.type === 'images' ? `images:${b.count}` : paragraphText(b)))).toEqual([
      'First line',
      'images:2',
      'Second line',
      'images:1',
    ]);
  });

  it('puts the quote anchor on the mark that starts the quote and the links after its last piece', () => {
    const { blocks } = layout('Before the quoted words after', [cite(event, 'the quoted words')]);
    const pieces = (blocks[0] as Extract<ArticleBlock, { type: 'paragraph' }>).pieces;
    expect(pieces).toEqual([
      { type: 'text', text: 'Before ' },
      { type: 'mark', highlight: 0, id: quoteAnchor('the quoted words'), parts: [{ type: 'text', text: 'the quoted words' }], closes: true },
      { type: 'text', text: ' after' },
    ]);
  });

  it('keeps an anchor for every quote of a merged highlight, inside the mark', () => {
    const { blocks } = layout('one two three four', [cite(event, 'one two three'), cite(agreement, 'three four')]);
    const pieces = (blocks[0] as Extract<ArticleBlock, { type: 'paragraph' }>).pieces;
    expect(pieces).toHaveLength(1);
    const mark = pieces[0] as Extract<ArticlePiece, { type: 'mark' }>;
    expect(mark.id).toBe(quoteAnchor('one two three'));
    expect(mark.parts).toEqual([
      { type: 'text', text: 'one two ' },
      { type: 'anchor', id: quoteAnchor('three four') },
      { type: 'text', text: 'three four' },
    ]);
  });

  it('splits a quote running over a line break into one mark per paragraph, closing on the last', () => {
    const text = 'Start of a quote\n\nthat ends here. Rest.';
    const { blocks } = layout(text, [cite(event, 'a quote\n\nthat ends here.')]);
    const marks = blocks.flatMap((b) => (b.type === 'paragraph' ? b.pieces.filter((p) => p.type === 'mark') : []));
    expect(marks.map((m) => [m.parts.map((p) => (p.type === 'text' ? p.text : '')).join(''), m.closes])).toEqual([
      ['a quote', false],
      ['that ends here.', true],
    ]);
    expect(anchorIds(blocks)).toEqual([quoteAnchor('a quote\n\nthat ends here.')]);
  });

  it('moves an anchor that falls on a line break to the start of the next paragraph', () => {
    const text = 'First\n\nSecond line';
    const quote = '\n\nSecond';
    const { blocks } = layout(text, [cite(event, quote)]);
    expect(anchorIds(blocks)).toEqual([quoteAnchor(quote)]);
    const second = blocks[1] as Extract<ArticleBlock, { type: 'paragraph' }>;
    expect(second.pieces[0]).toMatchObject({ type: 'mark', id: quoteAnchor(quote) });
  });

  it('tags Chinese lines of a mixed article as zh-Hant and leaves English lines to the article language', () => {
    const { blocks } = layout('芬蘭企業代表團\nFinnish delegation', [], ['zh-Hant', 'en']);
    expect(blocks.map((b) => (b.type === 'paragraph' ? (b.lang ?? null) : 'img'))).toEqual(['zh-Hant', null]);
  });

  it('gives every anchored quote exactly one anchor and keeps the text intact, for any set of quotes', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', '\n', 'c');
    fc.assert(
      fc.property(
        fc.string({ unit: alphabet, minLength: 1, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(59), fc.integer({ min: 1, max: 15 })), { maxLength: 8 }),
        (text, spans) => {
          const quoted = spans
            .map(([start, length]) => text.slice(start % text.length, (start % text.length) + length))
            .filter((q) => q.length > 0);
          const { quotes } = locateQuotes(text, quoted.map((q, i) => cite({ ...event, id: `e${i}` }, q)));
          const highlights = mergeHighlights(quotes);
          const blocks = layoutArticle(text, highlights, ['en']);
          const expectedAnchors = [...new Set(quotes.filter((q) => q.anchored).map((q) => q.anchor))].sort();
          const ids = anchorIds(blocks);
          const hasParagraph = blocks.some((b) => b.type === 'paragraph');
          if (hasParagraph) expect([...ids].sort()).toEqual(expectedAnchors);
          // Highlights never overlap after merging.
          for (let i = 1; i < highlights.length; i += 1) expect(highlights[i]!.start).toBeGreaterThanOrEqual(highlights[i - 1]!.end);
          // Every non-blank line survives verbatim.
          const lines = text.split('\n').filter((l) => l.trim() !== '');
          expect(blocks.map(paragraphText)).toEqual(lines);
        },
      ),
    );
  });
});

describe('numberCitations', () => {
  it('groups by kind, orders each group by first passage in the text and numbers straight through', () => {
    const text = 'first second third';
    const citations = [cite(person, 'first'), cite({ ...event, id: 'late' }, 'third'), cite(event, 'second'), cite(agreement, 'first')];
    const { quotes } = locateQuotes(text, citations);
    const groups = numberCitations(citations, quotes);
    expect(groups.map((g) => [g.kind, g.citations.map((c) => [c.record.id, c.number, c.passages])])).toEqual([
      ['event', [['e1', 1, 1], ['late', 2, 1]]],
      ['agreement', [['a1', 3, 1]]],
      ['person', [['p1', 4, 1]]],
    ]);
    expect(groups[0]!.citations[0]!.firstAnchor).toBe(quoteAnchor('second'));
  });
});

describe('the real articles', () => {
  it('have an anchor for every evidence quote, so no record links to a missing passage', async () => {
    const { realData } = await import('../../support/realData.ts');
    const { citationsBySource } = await import('../../../src/domain/sources/citations.ts');
    const { dataset, sourceTexts } = realData();
    const bySource = citationsBySource(dataset);
    for (const source of dataset.sources) {
      const text = sourceTexts.get(source.id)!;
      const citations = bySource.get(source.id) ?? [];
      const { quotes, missing } = locateQuotes(text, citations);
      expect(missing).toEqual([]);
      const ids = new Set(anchorIds(layoutArticle(text, mergeHighlights(quotes), source.languages)));
      for (const quote of citations.flatMap((c) => c.quotes)) expect(ids.has(quoteAnchor(quote)), quote).toBe(true);
    }
  });
});
