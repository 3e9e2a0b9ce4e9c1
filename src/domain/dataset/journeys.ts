/**
 * Journeys and series: records the data chains together. A journey is every record reachable through
 * `follows` links, in either direction (a tour → a pledge → a return delegation → a session → planned
 * visits), in date order; a series is the editions that name it.
 */
import { recordKey, type DatasetIndex, type TimelineRecord } from './timelineRecord.ts';
import { sortRecords } from './recordOrder.ts';

interface Chains {
  /** Each record's neighbours through follows links, both ways, by record key. */
  neighbours: Map<string, string[]>;
  /** What each record follows, by record key. */
  follows: Map<string, string[]>;
  editions: Map<string, string[]>;
}

const chainsCache = new WeakMap<DatasetIndex, Chains>();

function chainsOf(index: DatasetIndex): Chains {
  const cached = chainsCache.get(index);
  if (cached) return cached;
  const chains: Chains = { neighbours: new Map(), follows: new Map(), editions: new Map() };
  const link = (a: string, b: string) => {
    for (const [from, to] of [[a, b], [b, a]] as const) {
      const list = chains.neighbours.get(from);
      if (list) list.push(to);
      else chains.neighbours.set(from, [to]);
    }
  };
  const { events, delegations, agreements } = index.raw;
  for (const [type, records] of [['event', events], ['delegation', delegations], ['agreement', agreements]] as const) {
    for (const record of records) {
      const key = recordKey(type, record.id);
      if (record.follows) chains.follows.set(key, record.follows.map((follow) => recordKey(follow.kind, follow.id)));
      for (const follow of record.follows ?? []) link(key, recordKey(follow.kind, follow.id));
    }
  }
  for (const event of events) {
    if (!event.series) continue;
    const ids = chains.editions.get(event.series);
    if (ids) ids.push(event.id);
    else chains.editions.set(event.series, [event.id]);
  }
  chainsCache.set(index, chains);
  return chains;
}

/**
 * The journey a record is part of, or an empty list when no follows link touches it. Every record comes
 * after what it follows; among records free to come next, the oldest first (dates the text gives at
 * different precisions, "December 2025" and "4 December 2025", cannot order a visit after the session it
 * follows; the link can). Records missing from the index (a page slice without them) are left out.
 */
export function journeyOf(index: DatasetIndex, type: TimelineRecord['type'], id: string): TimelineRecord[] {
  const { neighbours } = chainsOf(index);
  const start = recordKey(type, id);
  if (!neighbours.has(start)) return [];
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const next of neighbours.get(queue.pop()!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  const records = [...seen].map((key) => index.recordsByKey.get(key)).filter((record): record is TimelineRecord => record !== undefined);
  return records.length > 1 ? followOrder(sortRecords(records, 'oldest'), chainsOf(index).follows) : [];
}

/** Kahn's topological order over the follows links, taking the oldest ready record each time. */
function followOrder(byDate: TimelineRecord[], follows: ReadonlyMap<string, readonly string[]>): TimelineRecord[] {
  const keys = byDate.map((record) => recordKey(record.type, record.id));
  const present = new Set(keys);
  const waitingOn = new Map(keys.map((key) => [key, new Set((follows.get(key) ?? []).filter((target) => present.has(target)))]));
  const ordered: TimelineRecord[] = [];
  const placed = new Set<string>();
  while (ordered.length < byDate.length) {
    // The oldest record whose predecessors are all placed; a circle in the data (the validator rejects
    // one running backwards in time) falls back to date order rather than dropping records.
    let next = keys.findIndex((key) => !placed.has(key) && [...waitingOn.get(key)!].every((target) => placed.has(target)));
    if (next === -1) next = keys.findIndex((key) => !placed.has(key));
    placed.add(keys[next]!);
    ordered.push(byDate[next]!);
  }
  return ordered;
}

/** The editions of a series, oldest first. */
export function seriesEditions(index: DatasetIndex, seriesId: string): TimelineRecord[] {
  const ids = chainsOf(index).editions.get(seriesId) ?? [];
  const records = ids.map((id) => index.recordsByKey.get(recordKey('event', id))).filter((record): record is TimelineRecord => record !== undefined);
  return sortRecords(records, 'oldest');
}
