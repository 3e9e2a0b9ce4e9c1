/**
 * One-off measurement behind the choice of the timeline index's file format: the same columns as Arrow IPC
 * (flechette) and as Parquet (hyparquet-writer / hyparquet), bytes gzip and decode time.
 *   npx tsx src/tools/measureColumnFormats.ts /tmp/atlas-100k
 */
import zlib from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { int32, list, tableFromArrays, tableToIPC, tableFromIPC, uint8, uint16 } from '@uwdata/flechette';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { parquetRead } from 'hyparquet';
import { indexDataset } from '../domain/dataset/index.ts';
import { listFields, timelineColumns } from '../domain/timelineIndex/index.ts';
import { validateDataDir } from './readDataDir.ts';

const dir = process.argv[2] ?? 'data';
const { dataset } = validateDataDir(dir);
const index = indexDataset(dataset);
const { columns } = timelineColumns(index.records);
const listsOf = (field: (typeof listFields)[number]) => {
  const { offsets, values } = columns.lists[field];
  return Array.from({ length: columns.rows }, (_, r) => Array.from(values.subarray(offsets[r]!, offsets[r + 1]!)));
};
const arrays: Record<string, unknown> = {
  type: columns.type,
  status: columns.status,
  sortKey: columns.sortKey,
  spanFirst: columns.spanFirst,
  spanLast: columns.spanLast,
};
for (const field of listFields) arrays[field] = listsOf(field);
const types = { type: uint8(), status: uint8(), sortKey: int32(), spanFirst: int32(), spanLast: int32(), ...Object.fromEntries(listFields.map((f) => [f, list(int32())])) };
const arrow = tableToIPC(tableFromArrays(arrays as never, { types }), { format: 'stream' })!;
const gz = (bytes: Uint8Array) => zlib.gzipSync(bytes, { level: 6 }).length;
const time = async (label: string, fn: () => unknown) => {
  const runs: number[] = [];
  for (let i = 0; i < 7; i += 1) {
    const t = performance.now();
    await fn();
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  console.log(`${label}: median ${runs[3]!.toFixed(1)} ms`);
};
console.log(`rows ${columns.rows}`);
console.log(`arrow: ${arrow.length} bytes, ${gz(arrow)} gzip`);
for (const name of Object.keys(arrays)) {
  const one = tableToIPC(tableFromArrays({ [name]: arrays[name] } as never, { types: { [name]: (types as never)[name] } }), { format: 'stream' })!;
  console.log(`  ${name}: ${one.length} bytes, ${gz(one)} gzip`);
}
await time('arrow decode to typed arrays', () => {
  const table = tableFromIPC(arrow);
  for (const field of listFields) {
    const batch = table.getChild(field)!.data[0] as unknown as { offsets: Int32Array; children: Array<{ values: Int32Array }> };
    if (table.getChild(field)!.data.length !== 1) throw new Error('batches ' + table.getChild(field)!.data.length);
    if (!batch.offsets || !batch.children[0]!.values) throw new Error('shape ' + Object.keys(batch));
  }
  table.getChild('sortKey')!.toArray();
});
// Parquet: the scalar columns in one file, each list as its own two flat columns (offsets, values): hyparquet
// reads list columns into one JS array per row, which is what the index must not build.
const parquetTables: Array<{ name: string; columns: Array<{ name: string; data: Int32Array | Uint8Array }> }> = [
  { name: 'scalars', columns: ['type', 'status', 'sortKey', 'spanFirst', 'spanLast'].map((name) => ({ name, data: (columns as never)[name] })) },
  ...listFields.map((f) => ({ name: f, columns: [{ name: 'values', data: columns.lists[f].values }] })),
  ...listFields.map((f) => ({ name: `${f}-offsets`, columns: [{ name: 'offsets', data: columns.lists[f].offsets }] })),
];
let parquetGzip = 0;
const parquetFiles = parquetTables.map(({ name, columns: cols }) => {
  const bytes = new Uint8Array(parquetWriteBuffer({ columnData: cols.map((c) => ({ name: c.name, data: Array.from(c.data), type: 'INT32' as const })) }));
  console.log(`  parquet ${name}: ${bytes.length} bytes, ${gz(bytes)} gzip`);
  parquetGzip += gz(bytes);
  return bytes;
});
console.log(`parquet total: ${parquetGzip} gzip`);
await time('parquet decode (hyparquet, columns)', async () => {
  for (const bytes of parquetFiles) {
    await parquetRead({ file: bytes.buffer as ArrayBuffer, onComplete: () => {} });
  }
});
// Arrow with the narrowest integer type each list's codes fit in.
const narrowArrays: Record<string, unknown> = { ...arrays };
const narrowTypes: Record<string, unknown> = { ...types };
for (const f of listFields) {
  const max = columns.lists[f].values.reduce((a, b) => Math.max(a, b), 0);
  narrowTypes[f] = list(max < 256 ? uint8() : max < 65536 ? uint16() : int32());
}
const narrow = tableToIPC(tableFromArrays(narrowArrays as never, { types: narrowTypes as never }), { format: 'stream' })!;
console.log(`arrow, narrow codes: ${narrow.length} bytes, ${gz(narrow)} gzip`);
for (const f of listFields) {
  const one = tableToIPC(tableFromArrays({ [f]: arrays[f] } as never, { types: { [f]: narrowTypes[f] } as never }), { format: 'stream' })!;
  console.log(`  ${f}: ${one.length} bytes, ${gz(one)} gzip`);
}
// Lists as a count per row (uint8) plus a flat values column, each in its own file.
let split = 0;
for (const f of listFields) {
  const { offsets, values } = columns.lists[f];
  const counts = new Uint8Array(columns.rows);
  for (let r = 0; r < columns.rows; r += 1) counts[r] = offsets[r + 1]! - offsets[r]!;
  const max = values.reduce((a, b) => Math.max(a, b), 0);
  const narrowValues = max < 256 ? Uint8Array.from(values) : max < 65536 ? Uint16Array.from(values) : values;
  const c = tableToIPC(tableFromArrays({ counts } as never), { format: 'stream' })!;
  const v = tableToIPC(tableFromArrays({ values: narrowValues } as never), { format: 'stream' })!;
  console.log(`  split ${f}: counts ${gz(c)} gzip, values ${gz(v)} gzip`);
  split += gz(c) + gz(v);
}
console.log(`split lists total ${split} gzip`);
