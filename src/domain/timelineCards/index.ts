/**
 * What the timeline page reads besides its index's answers: the cards in shards of rows, and the page data
 * (scope counts, years, facet totals, where the shards are). Kept apart from timelineIndex so the page's own
 * code never carries the index's reader. Uses dataset, query and records. Other folders import from this file only.
 */
export { cardOrganisation, cardShards, cardShardSize, firstRenderedRows, shardOfRow, timelineCard, windowingThreshold } from './cards.ts';
export type { CardOrganisation, CardShard, TimelineCard } from './cards.ts';
export { pageFacetTotals, pickerOrganisation, timelinePageData, timelinePageDataPath } from './pageData.ts';
export type { PickerOrganisation, TimelinePageData } from './pageData.ts';
