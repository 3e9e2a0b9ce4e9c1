/**
 * What the map page loads (data/map.json): the world drawn once at build time, and the counts.
 * Positions are in the map's own coordinates (a projection fitted to width × height), so the
 * browser needs no geography library.
 */
import type { MapAggregate } from './flowAggregate.ts';

export interface MapCountry {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** SVG path data of its outline. */
  d: string;
  /** Where its flows start and end: the centroid of its outline. */
  x: number;
  y: number;
}

export interface MapPlace {
  name: string;
  country: string;
  x: number;
  y: number;
  /** False when the city dataset lacks it and it stands at its country's centroid. */
  located: boolean;
}

export interface MapGeometry {
  width: number;
  height: number;
  /** Where the outlines and city positions come from, as the map's caption says. */
  attribution: string;
  countries: MapCountry[];
  /** By "City|CC". */
  places: Record<string, MapPlace>;
}

export interface MapData {
  geometry: MapGeometry;
  aggregate: MapAggregate;
}
