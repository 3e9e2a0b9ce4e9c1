/**
 * The timeline: the windowed record list and its cards, the density strip, the sort toggle and the no-matches
 * message. Uses facts, organisations, ui, and windowing for long lists (loaded on demand). Other folders import from this file only.
 */
export { DensityStrip } from './DensityStrip.tsx';
export { IndexedTimeline } from './IndexedTimeline.tsx';
export { NoMatchesMessage } from './NoMatchesMessage.tsx';
export { RecordTimeline, rolesMap, windowingThreshold } from './RecordTimeline.tsx';
export { SortToggle } from './SortToggle.tsx';
