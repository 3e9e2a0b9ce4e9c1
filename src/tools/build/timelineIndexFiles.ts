/**
 * The timeline's files: the index's Arrow tables and the card shards, named by a hash of their content (cached
 * for good by any host), and two small files at fixed paths that name them: the index's meta file (the worker's)
 * and the page data (the page's).
 */
import { createHash } from 'node:crypto';
import type { DatasetIndex } from '../../domain/dataset/index.ts';
import { encodeTimelineTables, searchChunks, timelineColumns, type TableName } from '../../domain/timelineIndex/index.ts';
import { cardShards, cardShardSize, pickerOrganisation, timelinePageData, timelinePageDataPath } from '../../domain/timelineCards/index.ts';
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
  const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
  files.set(timelineIndexMetaPath, encode(meta));
  // The page's own files: the cards in shards of consecutive rows, the organisations' names, and the page data naming them.
  const cards = { size: cardShardSize, files: [] as string[] };
  for (const shard of cardShards(index)) {
    const bytes = encode(shard);
    const file = `data/timeline/cards-${cards.files.length}.${hashOf(bytes)}.json`;
    cards.files.push(file);
    files.set(file, bytes);
  }
  const organisationBytes = encode(index.raw.organisations.map(pickerOrganisation));
  const organisations = `data/timeline/organisations.${hashOf(organisationBytes)}.json`;
  files.set(organisations, organisationBytes);
  files.set(timelinePageDataPath, encode(timelinePageData(index, { cards, organisations })));
  cache.set(index, files);
  return files;
}
