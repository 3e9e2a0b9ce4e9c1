/**
 * The compact views shown inside other sites' iframes: the embed frame (no site chrome) and its record list,
 * whose links open the full atlas in a new tab. Uses facts and ui. Other folders import from this file only.
 */
export { EmbedFrame } from './EmbedFrame.tsx';
export { EmbedRecordList } from './EmbedRecordList.tsx';
