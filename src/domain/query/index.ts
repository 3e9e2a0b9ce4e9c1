/**
 * Questions asked of the dataset: URL filter parsing and serialising, filterRecords, facet counts and options,
 * the density scale, chips, directory filters and the list lengths above which lists are windowed. Uses dataset, search, records and structures. Other folders
 * import from this file only.
 */
export { boundParts, joinBound, withDateBound } from './dateRange.ts';
export type { DateEdge } from './dateRange.ts';
export { bucketInRange, densityScale, foldEmptyRuns, unplacedOnDensityScale, unplacedOnDensityScaleOf } from './densityScale.ts';
export type { DensityScale } from './densityScale.ts';
export { parseDirectoryFilters, serializeDirectoryFilters } from './directoryFilters.ts';
export { directoryWindowingThreshold, recordListWindowingThreshold } from './listWindowing.ts';
export type { DirectoryFilters } from './directoryFilters.ts';
export { countryOptions, facetTotals, organisationCounts, organisationCountsOf, originHostOptions, sectorOptions, statusOptions, typeOptions } from './facetOptions.ts';
export type { FacetNaming, FacetOption, FacetTotals } from './facetOptions.ts';
export { activeFilterChips, clearedFilters } from './filterChips.ts';
export type { ChipNames, FilterChip } from './filterChips.ts';
export {
  densityBuckets,
  densityBucketsOf,
  facetCounts,
  facetCountsOf,
  filterRecords,
  groupByYearAndMonth,
  undatedLeftOut,
  undatedLeftOutOf,
} from './filterRecords.ts';
export { countPerValue, filterMasks, intersect, selectedPositions } from './filterMasks.ts';
export type { DensityBucket, FacetCounts, TimelineGroup } from './filterRecords.ts';
export { filterVocabulary, yearsWithRecords } from './filterVocabulary.ts';
export {
  defaultFilters,
  facetKeys,
  facetParams,
  hasActiveFilters,
  noneExcluded,
  toggleExcludedValue,
  parseTimelineFilters,
  serializeTimelineFilters,
  toggleFacetValue,
} from './filters.ts';
export type { FacetKey, FilterVocabulary, IgnoredParam, ParsedFilters, SortOrder, TimelineFilters } from './filters.ts';
export { coParticipants, filterOrganisations, unitsOf } from './organisations.ts';
export type { DirectoryOrder, DirectoryRow } from './organisations.ts';
