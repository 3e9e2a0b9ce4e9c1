/**
 * The timeline's filter controls: the panel and its drawer, facet groups, the date range, the organisation
 * picker, search fields and the active filter chips. Other folders import from this file only.
 */
export { ActiveFilterChips } from './ActiveFilterChips.tsx';
export { FilterDrawer } from './FilterDrawer.tsx';
export { FilterPanel } from './FilterPanel.tsx';
export { UrlSearchInput } from './UrlSearchInput.tsx';
export { UndatedNotice } from './UndatedNotice.tsx';
