/**
 * Where the evidence quotes sit in an article text, and how the text breaks into
 * paragraphs with highlighted passages. Pure: the source page only renders the result.
 *
 * Overlapping quotes become one highlight that lists every record of every quote in it;
 * each quote keeps its own anchor (quoteAnchor) at its start, because record pages link
 * to exactly that anchor.
 */
import { quoteAnchor } from './anchors.ts';
import { citingKinds, citingRecordKey, type CitingKind, type CitingRecord, type SourceCitation } from './citations.ts';
import { lineLanguage } from '../records/index.ts';

export interface LocatedQuote {
  quote: string;
  anchor: string;
  start: number;
  end: number;
  records: CitingRecord[];
  /** Only one occurrence of a quote (its first) carries the anchor, so ids stay unique. */
  anchored: boolean;
}

export interface Highlight {
  index: number;
  start: number;
  end: number;
  quotes: LocatedQuote[];
  /** Every record any quote in the highlight supports, in order of first appearance, without repeats. */
  records: CitingRecord[];
}

export interface QuoteLocations {
  quotes: LocatedQuote[];
  /** Quotes not found in the text (the data check prevents this; shown rather than dropped). */
  missing: Array<{ quote: string; records: CitingRecord[] }>;
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + quote.length)) found.push(at);
  return found;
}

/** Every occurrence of every quote, in text order (longer first where two start together). */
export function locateQuotes(text: string, citations: readonly SourceCitation[]): QuoteLocations {
  const recordsByQuote = new Map<string, CitingRecord[]>();
  for (const { record, quotes } of citations) {
    for (const quote of quotes) {
      if (quote === '') continue;
      const records = recordsByQuote.get(quote) ?? [];
      if (!records.some((r) => citingRecordKey(r) === citingRecordKey(record))) records.push(record);
      recordsByQuote.set(quote, records);
    }
  }

  const quotes: LocatedQuote[] = [];
  const missing: QuoteLocations['missing'] = [];
  for (const [quote, records] of recordsByQuote) {
    const starts = occurrences(text, quote);
    if (starts.length === 0) missing.push({ quote, records });
    starts.forEach((start, i) =>
      quotes.push({ quote, anchor: quoteAnchor(quote), start, end: start + quote.length, records, anchored: i === 0 }),
    );
  }
  quotes.sort((a, b) => a.start - b.start || b.end - a.end);

  // Two different quotes hashing alike would give duplicate ids; the later one goes without.
  const usedAnchors = new Set<string>();
  for (const q of quotes) {
    if (!q.anchored) continue;
    if (usedAnchors.has(q.anchor)) q.anchored = false;
    else usedAnchors.add(q.anchor);
  }
  return { quotes, missing };
}

/** Overlapping quotes merged into single highlights; quotes that only touch stay separate. */
export function mergeHighlights(quotes: readonly LocatedQuote[]): Highlight[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  const highlights: Highlight[] = [];
  for (const quote of sorted) {
    const current = highlights.at(-1);
    if (current && quote.start < current.end) {
      current.end = Math.max(current.end, quote.end);
      current.quotes.push(quote);
      for (const record of quote.records) {
        if (!current.records.some((r) => citingRecordKey(r) === citingRecordKey(record))) current.records.push(record);
      }
    } else {
      highlights.push({ index: highlights.length, start: quote.start, end: quote.end, quotes: [quote], records: [...quote.records] });
    }
  }
  return highlights;
}

export type MarkPart = { type: 'text'; text: string } | { type: 'anchor'; id: string };

export type ArticlePiece =
  | { type: 'text'; text: string }
  | { type: 'anchor'; id: string }
  | {
      type: 'mark';
      highlight: number;
      /** The anchor of a quote starting exactly where this piece starts. */
      id?: string;
      parts: MarkPart[];
      /** The highlight's last piece: its record links follow it. */
      closes: boolean;
    };

export type ArticleBlock =
  | { type: 'paragraph'; line: number; lang?: string; pieces: ArticlePiece[] }
  | { type: 'images'; line: number; count: number };

const imagePlaceholder = /^\s*!\[[^\]]*\]\([^)]*\)\s*$/;

export function isImagePlaceholder(line: string): boolean {
  return imagePlaceholder.test(line);
}

interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  text.split('\n').forEach((raw, index) => {
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    lines.push({ index, start, end: start + content.length, text: content });
    start += raw.length + 1;
  });
  return lines;
}

/**
 * The article as blocks: each non-blank line a paragraph (split into plain text, highlighted
 * pieces and anchors), runs of image placeholders one "images" block. A highlight running
 * over a line break is one mark per line. Anchors that fall on a line break or an image line
 * move to the start of the next paragraph, so every anchored quote has its id somewhere.
 */
export function layoutArticle(text: string, highlights: readonly Highlight[], languages: readonly string[]): ArticleBlock[] {
  const anchors = highlights
    .flatMap((h) => h.quotes.filter((q) => q.anchored).map((q) => ({ at: q.start, id: q.anchor })))
    .sort((a, b) => a.at - b.at);
  let nextAnchor = 0;
  let pending: string[] = [];
  const blocks: ArticleBlock[] = [];

  for (const line of splitLines(text)) {
    // Anchors before this line's text that no paragraph has taken yet.
    while (nextAnchor < anchors.length && anchors[nextAnchor]!.at < line.start) pending.push(anchors[nextAnchor++]!.id);

    if (line.text.trim() === '') continue;
    if (isImagePlaceholder(line.text)) {
      const previous = blocks.at(-1);
      if (previous?.type === 'images') previous.count += 1;
      else blocks.push({ type: 'images', line: line.index, count: 1 });
      continue;
    }

    const lineAnchors: Array<{ at: number; id: string }> = pending.map((id) => ({ at: line.start, id }));
    pending = [];
    while (nextAnchor < anchors.length && anchors[nextAnchor]!.at < line.end) lineAnchors.push(anchors[nextAnchor++]!);

    const lang = lineLanguage(line.text, languages);
    blocks.push({ type: 'paragraph', line: line.index, ...(lang ? { lang } : {}), pieces: linePieces(text, line, highlights, lineAnchors) });
  }

  while (nextAnchor < anchors.length) pending.push(anchors[nextAnchor++]!.id);
  if (pending.length > 0) {
    const last = [...blocks].reverse().find((b) => b.type === 'paragraph');
    if (last) last.pieces.push(...pending.map((id) => ({ type: 'anchor' as const, id })));
  }

  markClosingPieces(blocks);
  return blocks;
}

function linePieces(
  text: string,
  line: Line,
  highlights: readonly Highlight[],
  lineAnchors: ReadonlyArray<{ at: number; id: string }>,
): ArticlePiece[] {
  const touching = highlights.filter((h) => h.start < line.end && h.end > line.start);
  const cuts = new Set<number>([line.start, line.end]);
  for (const h of touching) {
    cuts.add(Math.max(h.start, line.start));
    cuts.add(Math.min(h.end, line.end));
  }
  for (const a of lineAnchors) cuts.add(a.at);
  const points = [...cuts].sort((a, b) => a - b);

  const pieces: ArticlePiece[] = [];
  let anchorIndex = 0;
  for (let i = 0; i < points.length; i += 1) {
    const from = points[i]!;
    const to = points[i + 1];
    const ids: string[] = [];
    while (anchorIndex < lineAnchors.length && lineAnchors[anchorIndex]!.at === from) ids.push(lineAnchors[anchorIndex++]!.id);
    if (to === undefined) {
      pieces.push(...ids.map((id) => ({ type: 'anchor' as const, id })));
      break;
    }
    const segment = text.slice(from, to);
    const highlight = touching.find((h) => h.start <= from && h.end >= to);
    const previous = pieces.at(-1);
    if (!highlight) {
      pieces.push(...ids.map((id) => ({ type: 'anchor' as const, id })), { type: 'text', text: segment });
    } else if (previous?.type === 'mark' && previous.highlight === highlight.index) {
      previous.parts.push(...ids.map((id) => ({ type: 'anchor' as const, id })), { type: 'text', text: segment });
    } else {
      const [first, ...rest] = ids;
      pieces.push({
        type: 'mark',
        highlight: highlight.index,
        ...(first ? { id: first } : {}),
        parts: [...rest.map((id) => ({ type: 'anchor' as const, id })), { type: 'text', text: segment }],
        closes: false,
      });
    }
  }
  return pieces;
}

function markClosingPieces(blocks: ArticleBlock[]): void {
  const lastPiece = new Map<number, Extract<ArticlePiece, { type: 'mark' }>>();
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue;
    for (const piece of block.pieces) if (piece.type === 'mark') lastPiece.set(piece.highlight, piece);
  }
  for (const piece of lastPiece.values()) piece.closes = true;
}

/** The highlight holding a quote anchor (as in a URL hash), if any. */
export function highlightForAnchor(highlights: readonly Highlight[], anchor: string): Highlight | undefined {
  return highlights.find((h) => h.quotes.some((q) => q.anchored && q.anchor === anchor));
}

export interface NumberedCitation extends SourceCitation {
  /** Its reference number after highlighted passages, 1… across all groups. */
  number: number;
  /** How many of its quotes were found in the text. */
  passages: number;
  /** The anchor of its first passage in the text, if one was found. */
  firstAnchor?: string;
}

export interface CitationGroup {
  kind: CitingKind;
  citations: NumberedCitation[];
}

/**
 * Citing records grouped by kind, each group in order of the record's first passage in the
 * text, numbered through so a reference number reads the same in the text and the list.
 */
export function numberCitations(citations: readonly SourceCitation[], quotes: readonly LocatedQuote[]): CitationGroup[] {
  const firstByQuote = new Map<string, LocatedQuote>();
  for (const q of quotes) if (q.anchored && !firstByQuote.has(q.quote)) firstByQuote.set(q.quote, q);
  const placed = citations.map((citation) => {
    const found = citation.quotes.map((quote) => firstByQuote.get(quote)).filter((q): q is LocatedQuote => q !== undefined);
    const first = found.reduce<LocatedQuote | undefined>((best, q) => (!best || q.start < best.start ? q : best), undefined);
    return { citation, passages: found.length, first };
  });
  let number = 0;
  return citingKinds
    .map((kind) => ({
      kind,
      citations: placed
        .filter((p) => p.citation.record.kind === kind)
        .sort((a, b) => (a.first?.start ?? Number.MAX_SAFE_INTEGER) - (b.first?.start ?? Number.MAX_SAFE_INTEGER))
        .map((p) => ({
          ...p.citation,
          number: (number += 1),
          passages: p.passages,
          ...(p.first ? { firstAnchor: p.first.anchor } : {}),
        })),
    }))
    .filter((group) => group.citations.length > 0);
}
