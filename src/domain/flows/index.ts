/**
 * Flows between countries for the map and the country pages: counted rows, the table's lines, what the
 * map loads. Uses dataset, query and records. Other folders import from this file only.
 */
export { aggregateMap, flowLines, flowsCsv, flowSortKeys, partnerLines, rowMatches, sortFlowLines, totalsByKey } from './flowAggregate.ts';
export type { CountRow, FlowKey, FlowLine, FlowSortKey, MapAggregate, PartnerLine, RowFilter } from './flowAggregate.ts';
export { needsRecords, rowFilter } from './flowView.ts';
export type { MapCountry, MapData, MapGeometry, MapPlace } from './mapData.ts';
export { decodeMapData, encodeMapData } from './mapDataCodec.ts';
export type { EncodedMapData } from './mapDataCodec.ts';
