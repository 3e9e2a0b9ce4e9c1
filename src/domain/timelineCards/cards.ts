/**
 * What the timeline's cards show, split into shards of consecutive rows in the index's (newest-first) order:
 * the page fetches the shards of the rows on screen, never the whole corpus. A card carries only what a card
 * shows (title, date, place, badges, countries, sectors, its organisations' names), not the record's quotes.
 */
import type { DatasetIndex, TimelineRecord } from '../dataset/index.ts';
import type { Organisation } from '../records/index.ts';
import { recordListWindowingThreshold } from '../query/index.ts';

/**
 * Rows per shard: at 100,000 synthetic records about 9 KB gzip (100 rows measured 17 KB). Small, because a
 * filtered view's first rows can be far apart in the index: its first window may need a shard per card.
 */
export const cardShardSize = 50;

export type TimelineCard = Pick<TimelineRecord, 'type' | 'id' | 'title' | 'kind' | 'status' | 'date' | 'place' | 'online' | 'countries' | 'sectors' | 'organisations'>;

/** An organisation as a card names it: its names in every language the data has, and aliases for the picker. */
export type CardOrganisation = Pick<Organisation, 'id' | 'name' | 'names'>;

export interface CardShard {
  /** The row of the first card. */
  first: number;
  cards: TimelineCard[];
  /** Every organisation the shard's cards name, once. */
  organisations: CardOrganisation[];
}

export function timelineCard(record: TimelineRecord): TimelineCard {
  const { type, id, title, kind, status, date, place, online, countries, sectors, organisations } = record;
  return { type, id, title, kind, status, date, place, online, countries, sectors, organisations };
}

export const cardOrganisation = ({ id, name, names }: Organisation): CardOrganisation => ({ id, name, names });

/** The shards of every row, in row order (rows are positions in index.records). */
export function* cardShards(index: Pick<DatasetIndex, 'records' | 'organisationsById'>, size = cardShardSize): Generator<CardShard> {
  for (let first = 0; first < index.records.length; first += size) {
    const records = index.records.slice(first, first + size);
    const organisations = new Map<string, CardOrganisation>();
    for (const record of records) {
      for (const { id } of record.organisations) {
        const organisation = index.organisationsById.get(id);
        if (organisation && !organisations.has(id)) organisations.set(id, cardOrganisation(organisation));
      }
    }
    yield { first, cards: records.map(timelineCard), organisations: [...organisations.values()] };
  }
}

/**
 * Up to this many records a list is rendered whole, so its prerendered page lists them all even without
 * JavaScript; above it only the rows near the viewport are (components/timeline, windowing). The same
 * threshold the JavaScript-off notice names (query/listWindowing).
 */
export const windowingThreshold = recordListWindowingThreshold;

/**
 * More rows than the first window of a windowed list renders (prerendered, and at hydration): the windowing
 * starts from a 900-pixel-high viewport, about 5 cards of 180 pixels, and renders 6 rows beyond it.
 */
export const firstWindowRows = 16;

/** The rows whose cards a list's first render shows: all of a list shown whole, else a first window's worth. */
export const firstRenderedRows = (rows: Int32Array): Int32Array => rows.subarray(0, rows.length <= windowingThreshold ? rows.length : firstWindowRows);

/** The shard that holds a row. */
export const shardOfRow = (row: number, size: number) => Math.floor(row / size);
