/**
 * The indexed dataset: loading and checking the data, timeline records, bitset indexes, record order and
 * related records. Uses records, structures and search. Other folders import from this file only.
 */
export { indexDataset, Interned } from './dataset.ts';
export { journeyOf, seriesEditions } from './journeys.ts';
export { datasetNames, parseDataset, parseRawDataset } from './loadDataset.ts';
export { identity, recordBitsets, RecordBitsetsBuilder } from './recordBitsets.ts';
export type { Mask, RecordBitsets, TextMatcher } from './recordBitsets.ts';
export { reverseDateRuns, reverseDateRunsByKey, sortedPositions } from './recordOrder.ts';
export { relatedToAgreement, relatedToDelegation, relatedToEvent } from './related.ts';
export type { RelatedGroup } from './related.ts';
export { recordKey } from './timelineRecord.ts';
export type { DatasetIndex, OrganisationRecordLink, TimelineRecord } from './timelineRecord.ts';
export { placeKey } from './recordGeo.ts';
export type { CountryPair, RecordGeo } from './recordGeo.ts';
export { coverageFile, datasetCoverage, listInWords, scopeSentence } from './coverage.ts';
export type { Coverage, CoverageFile, CoverageSource } from './coverage.ts';
