/** The timeline index's meta file: where its tables are and what the codes in its lists stand for. */
import type { TableName } from './arrowTables.ts';

export const timelineIndexMetaPath = 'data/timeline/index.json';

export interface TimelineIndexMeta {
  rows: number;
  /** Country codes (ISO 3166-1 alpha-2) and sector ids, in code order; organisation ids are a table of their own. */
  countries: string[];
  sectors: string[];
  /** Each table's file, by path from the site's base (content-hashed names). */
  tables: Record<TableName, string>;
  /** The text search's chunks (searchChunks): each one's first key, and its file. */
  search: { firsts: string[]; files: string[] };
}
