/**
 * How long a list may be before only the rows near the viewport are rendered (windowing). Below it every
 * row is in the DOM, so a prerendered page lists them all even without JavaScript; above it the
 * prerendered page holds only the first rows, which the JavaScript-off notice must say.
 */

/** The timeline and other record lists (timelineCards and RecordTimeline take it from here). */
export const recordListWindowingThreshold = 150;

/** The organisations directory. */
export const directoryWindowingThreshold = 200;
