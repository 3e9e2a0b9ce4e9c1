/**
 * The articles as evidence: citations by source, passage anchors, highlighted passages, English glosses of
 * quotes in other languages and their checks, and cleaning converter residue. Uses records and
 * paths. Other folders import from this file only.
 */
export { quoteAnchor } from './anchors.ts';
export { citationsBySource, citingKindLabels, citingRecordKey, countByKind, formatKindCounts } from './citations.ts';
export type { CitingKind, CitingRecord } from './citations.ts';
export { highlightForAnchor, layoutArticle, locateQuotes, mergeHighlights, numberCitations } from './highlights.ts';
export type { ArticleBlock, ArticlePiece, CitationGroup, Highlight } from './highlights.ts';
export { cleanConverterResidue, hasConverterResidue } from './converterResidue.ts';
export { glossFor, glossKey } from './glosses.ts';
export { isNonEnglishQuote } from './quoteLanguage.ts';
export { validateDatasetWithGlosses } from './validateGlosses.ts';
