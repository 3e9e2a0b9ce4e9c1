/**
 * The timeline's columnar index: records as typed columns (Arrow IPC files), their bitsets and the query answer
 * over them, the chunked text search, and the engine that fetches them and answers queries. Uses dataset, i18n,
 * query, records, search and structures. Other folders import from this file only.
 */
export { answerQuery, countMatches, groupedByMonth } from './answer.ts';
export type { AnswerGroup, TimelineAnswer } from './answer.ts';
export { decodeOrganisationIds, decodeTimelineTables, encodeTimelineTables, firstTables, organisationTables } from './arrowTables.ts';
export type { TableName } from './arrowTables.ts';
export { columnBitsets } from './columnBitsets.ts';
export { listFields, timelineColumns } from './columns.ts';
export type { CodedLists, ListField, TimelineColumns, TimelineVocabularies } from './columns.ts';
export { timelineIndexMetaPath } from './meta.ts';
export type { TimelineIndexMeta } from './meta.ts';
export { ChunkedSearch, searchChunks } from './searchChunks.ts';
export type { SearchChunk } from './searchChunks.ts';
export { TimelineEngine } from './engine.ts';
export type { FileSource, TimelineQuery } from './engine.ts';
