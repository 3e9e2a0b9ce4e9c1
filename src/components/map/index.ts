/** The world map with its flows, and the flows table beside it. Uses domain flows and records, and ui. */
export { FlowsTable } from './FlowsTable.tsx';
export { mapArcLimit, WorldMap } from './WorldMap.tsx';
export type { WorldMapProps } from './WorldMap.tsx';
