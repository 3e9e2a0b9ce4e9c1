/**
 * A page's state in its URL: hooks that parse the query string once into typed filters and write changes back,
 * and the notice for parameters they ignore. Other folders import from this file only.
 */
export { IgnoredParamsNotice } from './IgnoredParamsNotice.tsx';
export { useDirectoryFilters } from './useDirectoryFilters.ts';
export { useTimelineFilters } from './useTimelineFilters.ts';
export { FilteredViewPending } from './FilteredViewPending.tsx';
