/**
 * The timeline index's files: Arrow tables named by a hash of their content (cached for good by any host),
 * and one small meta file at a fixed path that names them and holds the facet vocabularies.
 */
import { createHash } from 'node:crypto';
import type { DatasetIndex } from '../../domain/dataset/index.ts';
import { encodeTimelineTables, searchChunks, timelineColumns, type TableName } from '../../domain/timelineIndex/index.ts';
import { timelineIndexMetaPath, type TimelineIndexMeta } from '../../domain/timelineIndex/index.ts';

const cache = new WeakMap<DatasetIndex, Map<string, Uint8Array>>();

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 12);

/** Every file of the index, by path under the output folder. */
export function timelineIndexFiles(index: DatasetIndex): Map<string, Uint8Array> {
  let files = cache.get(index);
  if (files) return files;
  const { columns, vocabularies } = timelineColumns(index.records);
  const tables = encodeTimelineTables(columns, vocabularies.organisations);
  files = new Map<string, Uint8Array>();
  const named = {} as Record<TableName, string>;
  for (const [name, bytes] of Object.entries(tables) as Array<[TableName, Uint8Array]>) {
    const file = `data/timeline/${name}.${hashOf(bytes)}.arrow`;
    named[name] = file;
    files.set(file, bytes);
  }
  const search: TimelineIndexMeta['search'] = { firsts: [], files: [] };
  // Rows are index.records' positions, which are the search index's positions (indexDataset builds it so).
  const words = index.records[0]?.search.index.wordPositions() ?? [];
  searchChunks(words).forEach((chunk, i) => {
    const file = `data/timeline/search-${i}.${hashOf(chunk.bytes)}.arrow`;
    search.firsts.push(chunk.first);
    search.files.push(file);
    files.set(file, chunk.bytes);
  });
  const meta: TimelineIndexMeta = { rows: columns.rows, countries: vocabularies.countries, sectors: vocabularies.sectors, tables: named, search };
  files.set(timelineIndexMetaPath, new TextEncoder().encode(JSON.stringify(meta)));
  cache.set(index, files);
  return files;
}
