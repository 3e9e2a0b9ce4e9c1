/**
 * The timeline index as columns: one row per timeline record in the default (newest first) order, each
 * field a typed array, each list field dictionary-coded as offsets into one array of value codes. This is
 * what the build writes (as Arrow IPC) and the worker reads back, so the browser never builds an object per
 * record to filter, count and order the timeline.
 */
import { Interned, type TimelineRecord } from '../dataset/index.ts';
import { filterStatuses, filterStatusOf, recordTypes } from '../records/index.ts';

/** A list per row: row r's values are values[offsets[r]] up to values[offsets[r + 1]], codes into a vocabulary. */
export interface CodedLists {
  offsets: Int32Array;
  values: Int32Array;
}

export const listFields = ['countries', 'origins', 'hosts', 'sectors', 'organisations'] as const;
export type ListField = (typeof listFields)[number];

/** Which vocabulary each list field's codes point into: countries, origins and hosts share the country codes. */
export const vocabularyOfList: Record<ListField, 'countries' | 'sectors' | 'organisations'> = {
  countries: 'countries',
  origins: 'countries',
  hosts: 'countries',
  sectors: 'sectors',
  organisations: 'organisations',
};

export interface TimelineColumns {
  rows: number;
  /** Index into recordTypes. */
  type: Uint8Array;
  /** Index into filterStatuses (records/filterStatusOf). */
  status: Uint8Array;
  /** yyyymmdd of the start (dateSortKey), or -1 when the year is unknown. */
  sortKey: Int32Array;
  /** Earliest and latest month (YYYYMM) the date can cover, -1 when the year is unknown. */
  spanFirst: Int32Array;
  spanLast: Int32Array;
  lists: Record<ListField, CodedLists>;
}

/** The values list codes stand for, in code order. */
export interface TimelineVocabularies {
  countries: string[];
  sectors: string[];
  organisations: string[];
}

function codedLists(records: readonly TimelineRecord[], valuesOf: (record: TimelineRecord) => Iterable<string>, coder: Interned): CodedLists {
  const offsets = new Int32Array(records.length + 1);
  const values: number[] = [];
  records.forEach((record, r) => {
    // A value once per row, as the bitsets count it.
    const seen = new Set<number>();
    for (const value of valuesOf(record)) {
      const code = coder.code(value);
      if (!seen.has(code)) {
        seen.add(code);
        values.push(code);
      }
    }
    offsets[r + 1] = values.length;
  });
  return { offsets, values: Int32Array.from(values) };
}

/** The columns of records given in newest-first order (DatasetIndex.records). */
export function timelineColumns(records: readonly TimelineRecord[]): { columns: TimelineColumns; vocabularies: TimelineVocabularies } {
  const n = records.length;
  const countries = new Interned();
  const sectors = new Interned();
  const organisations = new Interned();
  const columns: TimelineColumns = {
    rows: n,
    type: new Uint8Array(n),
    status: new Uint8Array(n),
    sortKey: new Int32Array(n),
    spanFirst: new Int32Array(n),
    spanLast: new Int32Array(n),
    lists: {
      countries: codedLists(records, (r) => r.countries, countries),
      origins: codedLists(records, (r) => r.geo.origins, countries),
      hosts: codedLists(records, (r) => r.geo.hosts, countries),
      sectors: codedLists(records, (r) => r.sectors, sectors),
      organisations: codedLists(records, (r) => r.organisations.map((o) => o.id), organisations),
    },
  };
  records.forEach((record, r) => {
    columns.type[r] = recordTypes.indexOf(record.type);
    columns.status[r] = filterStatuses.indexOf(filterStatusOf(record));
    columns.sortKey[r] = record.sortKey ?? -1;
    columns.spanFirst[r] = record.span?.first ?? -1;
    columns.spanLast[r] = record.span?.last ?? -1;
  });
  return { columns, vocabularies: { countries: countries.values, sectors: sectors.values, organisations: organisations.values } };
}
