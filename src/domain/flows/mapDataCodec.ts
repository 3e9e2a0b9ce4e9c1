/**
 * data/map.json in columns: each distinct key once, and each row as five numbers (key, first month,
 * last month, type, count). At 100,000 records the rows are ~175,000 (pairs, countries and places by
 * month); as objects they would weigh ~13 MB, as columns about a quarter of that.
 */
import { recordTypes, type RecordType } from '../records/index.ts';
import type { CountRow, FlowKey, MapAggregate } from './flowAggregate.ts';
import type { MapData, MapGeometry } from './mapData.ts';

interface EncodedRows {
  keys: string[];
  /** keyIndex, first, last, typeIndex, count; five numbers a row. */
  rows: number[];
}

export interface EncodedMapData {
  geometry: MapGeometry;
  flows: EncodedRows;
  countries: EncodedRows;
  places: EncodedRows;
}

function encodeRows<K>(rows: ReadonlyArray<CountRow<K>>, keyOf: (key: K) => string): EncodedRows {
  const keys: string[] = [];
  const at = new Map<string, number>();
  const out: number[] = [];
  for (const row of rows) {
    const key = keyOf(row.key);
    let i = at.get(key);
    if (i === undefined) at.set(key, (i = keys.push(key) - 1));
    out.push(i, row.first, row.last, recordTypes.indexOf(row.type), row.count);
  }
  return { keys, rows: out };
}

function decodeRows<K>({ keys, rows }: EncodedRows, keyFrom: (key: string) => K): Array<CountRow<K>> {
  const decodedKeys = keys.map(keyFrom);
  const out: Array<CountRow<K>> = [];
  for (let i = 0; i + 4 < rows.length; i += 5) {
    out.push({ key: decodedKeys[rows[i]!]!, first: rows[i + 1]!, last: rows[i + 2]!, type: recordTypes[rows[i + 3]!] as RecordType, count: rows[i + 4]! });
  }
  return out;
}

export function encodeMapData({ geometry, aggregate }: MapData): EncodedMapData {
  return {
    geometry,
    flows: encodeRows(aggregate.flows, ([origin, host]) => `${origin}>${host}`),
    countries: encodeRows(aggregate.countries, (k) => k),
    places: encodeRows(aggregate.places, (k) => k),
  };
}

export function decodeMapData(encoded: EncodedMapData): MapData {
  const aggregate: MapAggregate = {
    flows: decodeRows(encoded.flows, (key): FlowKey => {
      const [origin = '', host = ''] = key.split('>');
      return [origin, host];
    }),
    countries: decodeRows(encoded.countries, (k) => k),
    places: decodeRows(encoded.places, (k) => k),
  };
  return { geometry: encoded.geometry, aggregate };
}
