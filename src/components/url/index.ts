/**
 * A page's state in its URL: hooks that parse the query string once into typed filters and write changes back,
 * the notice for parameters they ignore, and the notice for a prerendered list opened with filters (which reads
 * the store and the lengths above which lists are windowed). Other folders import from this file only.
 */
export { IgnoredParamsNotice } from './IgnoredParamsNotice.tsx';
export { useDirectoryFilters } from './useDirectoryFilters.ts';
export { useTimelineFilters } from './useTimelineFilters.ts';
export { FilteredViewPending } from './FilteredViewPending.tsx';
