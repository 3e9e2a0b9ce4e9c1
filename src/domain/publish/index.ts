/**
 * What the build and the pages publish about the data: page metadata and per-page data slices. Uses dataset,
 * sources, query, records and paths. Other folders import from this file only.
 */
export { pageMeta, siteName } from './pageMeta.ts';
export type { PageMetaKind } from './pageMeta.ts';
export { hasRecord, mergeDatasets, pageSlice, sliceKinds } from './slices.ts';
export type { SliceKind } from './slices.ts';
export { decodeSlice, encodeSlice, isReference } from './sliceReferences.ts';
export type { EncodedSlice, OrganisationReference } from './sliceReferences.ts';
export { countriesWithPages, countriesWithRecords, countryPageData, countryPageRecordLimit } from './countryPage.ts';
export type { CountryPageData } from './countryPage.ts';
