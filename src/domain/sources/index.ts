/**
 * The articles as evidence: citations by source, passage anchors, highlighted passages, English glosses of
 * quotes, converter residue and the gloss checks. Uses records and paths. Other folders import from this file only.
 */
export { quoteAnchor } from './anchors.ts';
export { citationsBySource, citingKindLabels, citingRecordKey, countByKind, formatKindCounts } from './citations.ts';
export type { CitingKind, CitingRecord } from './citations.ts';
export { highlightForAnchor, layoutArticle, locateQuotes, mergeHighlights, numberCitations } from './highlights.ts';
export type { ArticleBlock, ArticlePiece, CitationGroup, Highlight } from './highlights.ts';
export { cleanConverterResidue, hasConverterResidue } from './converterResidue.ts';
export { glossFor, glossKey } from './glosses.ts';
export { hasNonLatinLetters, isEnglishTag, isNonEnglishQuote } from './quoteLanguage.ts';
export { checkGlosses, quoteUses, validateDatasetWithGlosses } from './validateGlosses.ts';
export type { QuoteUse } from './validateGlosses.ts';
