/**
 * Atom feeds written at build time: which feeds exist (all, per country, organisation, sector, visiting →
 * host pair), their XML, and when each record last changed. Uses dataset, records and paths.
 * Other folders import from this file only.
 */
export { atomFeed, atomMimeType, entryTag, maxFeedEntries, feedPagePath, feedTag, recordUpdated, sourceSentence, tagAuthority } from './atom.ts';
export type { AtomContext } from './atom.ts';
export { feedDefinitions, feedPath, publishedFeed } from './feedSets.ts';
export type { FeedDefinition, FeedScope } from './feedSets.ts';
export { historyKey, lastChangeTimes } from './recordHistory.ts';
export type { DataFileVersion, RecordChangeTimes } from './recordHistory.ts';
export { visitPairsOf } from './visits.ts';
export type { VisitPair } from './visits.ts';
