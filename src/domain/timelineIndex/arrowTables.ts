/**
 * The columns as Apache Arrow IPC streams, written at build time and read in the worker with flechette
 * (zero-copy typed arrays: no JSON.parse, no object per row). Each list is a count per row in the `rows`
 * table plus its own table of value codes in the narrowest integer type they fit: Arrow's own list offsets
 * (32-bit, ever increasing) weighed 0.25 MB gzip per list at 100,000 records, counts 0.02–0.05 MB.
 * The organisations' lists and ids are their own tables, fetched only when a filter or the organisation
 * picker needs them (0.7 MB gzip of the 1.2 MB at 100,000 records).
 */
import { tableFromArrays, tableFromIPC, tableToIPC } from '@uwdata/flechette';
import { listFields, type CodedLists, type ListField, type TimelineColumns } from './columns.ts';

export const firstTables = ['rows', 'countries', 'origins', 'hosts', 'sectors'] as const;
export const organisationTables = ['organisations', 'organisationIds'] as const;
export type TableName = (typeof firstTables)[number] | (typeof organisationTables)[number];

const countColumn = (field: ListField) => `${field}Count`;

function narrowest(values: Int32Array): Uint8Array | Uint16Array | Int32Array {
  let max = 0;
  for (let k = 0; k < values.length; k += 1) if (values[k]! > max) max = values[k]!;
  return max < 256 ? Uint8Array.from(values) : max < 65536 ? Uint16Array.from(values) : values;
}

function counts({ offsets }: CodedLists, rows: number): Uint8Array | Uint16Array {
  let max = 0;
  for (let r = 0; r < rows; r += 1) max = Math.max(max, offsets[r + 1]! - offsets[r]!);
  const out = max < 256 ? new Uint8Array(rows) : new Uint16Array(rows);
  for (let r = 0; r < rows; r += 1) out[r] = offsets[r + 1]! - offsets[r]!;
  return out;
}

const ipc = (arrays: Record<string, unknown>) => tableToIPC(tableFromArrays(arrays as never), { format: 'stream' })!;

/** Every table of the index, as Arrow IPC stream bytes. */
export function encodeTimelineTables(columns: TimelineColumns, organisationIds: readonly string[]): Record<TableName, Uint8Array> {
  const { rows } = columns;
  const rowArrays: Record<string, unknown> = {
    type: columns.type,
    status: columns.status,
    sortKey: columns.sortKey,
    spanFirst: columns.spanFirst,
    spanLast: columns.spanLast,
  };
  for (const field of listFields) rowArrays[countColumn(field)] = counts(columns.lists[field], rows);
  const values = (field: ListField) => ipc({ values: narrowest(columns.lists[field].values) });
  return {
    rows: ipc(rowArrays),
    countries: values('countries'),
    origins: values('origins'),
    hosts: values('hosts'),
    sectors: values('sectors'),
    organisations: values('organisations'),
    organisationIds: ipc({ id: [...organisationIds] }),
  };
}

type Bytes = ArrayBuffer | Uint8Array;

function column(bytes: Bytes, name: string): ArrayLike<number> {
  const child = tableFromIPC(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).getChild(name);
  if (!child) throw new Error(`The timeline index has no column ${name}.`);
  return child.toArray() as ArrayLike<number>;
}

function typed<T extends Uint8Array | Int32Array>(values: ArrayLike<number>, Type: { new (n: number): T; from(a: ArrayLike<number>): T }): T {
  return values instanceof Type ? values : Type.from(values);
}

function listOf(countsOfRows: ArrayLike<number>, valuesBytes: Bytes | undefined, rows: number): CodedLists {
  const offsets = new Int32Array(rows + 1);
  for (let r = 0; r < rows; r += 1) offsets[r + 1] = offsets[r]! + countsOfRows[r]!;
  // Without its table (organisations not fetched yet) a list is empty for every row.
  if (valuesBytes === undefined) return { offsets: new Int32Array(rows + 1), values: new Int32Array(0) };
  const values = typed(column(valuesBytes, 'values'), Int32Array);
  if (values.length !== offsets[rows]) throw new Error(`The timeline index's lists do not match its counts (${values.length} values, ${offsets[rows]} counted).`);
  return { offsets, values };
}

/** The columns from the tables' bytes; the organisations' table may be left out. */
export function decodeTimelineTables(tables: Partial<Record<TableName, Bytes>> & Pick<Record<TableName, Bytes>, (typeof firstTables)[number]>): TimelineColumns {
  const table = tableFromIPC(tables.rows instanceof Uint8Array ? tables.rows : new Uint8Array(tables.rows));
  const get = (name: string) => {
    const child = table.getChild(name);
    if (!child) throw new Error(`The timeline index has no column ${name}.`);
    return child.toArray() as ArrayLike<number>;
  };
  const rows = table.numRows;
  const lists = Object.fromEntries(listFields.map((field) => [field, listOf(get(countColumn(field)), tables[field], rows)])) as Record<ListField, CodedLists>;
  return {
    rows,
    type: typed(get('type'), Uint8Array),
    status: typed(get('status'), Uint8Array),
    sortKey: typed(get('sortKey'), Int32Array),
    spanFirst: typed(get('spanFirst'), Int32Array),
    spanLast: typed(get('spanLast'), Int32Array),
    lists,
  };
}

/** The organisations' ids, in code order (the organisationIds table). */
export function decodeOrganisationIds(bytes: Bytes): string[] {
  const child = tableFromIPC(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).getChild('id');
  if (!child) throw new Error('The timeline index has no organisation ids.');
  return child.toArray() as string[];
}
