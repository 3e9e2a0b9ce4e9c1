/**
 * Which Atom feeds the atlas publishes and which timeline records each holds: all records; one per
 * country, organisation and sector that has records; one per visiting → host country pair.
 */
import type { DatasetIndex, TimelineRecord } from '../../dataset/index.ts';
import { countryName } from '../../records/index.ts';
import { paths } from '../../paths.ts';
import { visitKey, visitPairsOf, type VisitPair } from './visits.ts';

export type FeedScope =
  | { kind: 'all' }
  | { kind: 'country'; code: string }
  | { kind: 'organisation'; id: string }
  | { kind: 'sector'; id: string }
  | { kind: 'visits'; origin: string; host: string };

export interface FeedDefinition {
  scope: FeedScope;
  title: string;
  /** Site path of the feed file, without the base path ("/feeds/countries/fi.xml"). */
  path: string;
  /** The tag: URI's specific part for the feed ("feed/countries/fi"). */
  tagPath: string;
  records: TimelineRecord[];
}

export function feedPath(scope: FeedScope): string {
  switch (scope.kind) {
    case 'all':
      return paths.feeds.all();
    case 'country':
      return paths.feeds.country(scope.code);
    case 'organisation':
      return paths.feeds.organisation(scope.id);
    case 'sector':
      return paths.feeds.sector(scope.id);
    case 'visits':
      return paths.feeds.visits(scope.origin, scope.host);
  }
}

const tagPathOf = (path: string) => path.replace(/^\//, '').replace(/\.xml$/, '');

function feedTitle(scope: FeedScope, index: DatasetIndex): string {
  switch (scope.kind) {
    case 'all':
      return 'Trade Mission Atlas: all records';
    case 'country':
      return `Trade Mission Atlas: records involving ${countryName(scope.code)}`;
    case 'organisation':
      return `Trade Mission Atlas: records involving ${index.organisationsById.get(scope.id)?.name ?? scope.id}`;
    case 'sector':
      return `Trade Mission Atlas: records in the sector ${index.sectorsById.get(scope.id)?.label ?? scope.id}`;
    case 'visits':
      return `Trade Mission Atlas: visits from ${countryName(scope.origin)} to ${countryName(scope.host)}`;
  }
}

function definition(scope: FeedScope, records: TimelineRecord[], index: DatasetIndex): FeedDefinition {
  const path = feedPath(scope);
  return { scope, title: feedTitle(scope, index), path, tagPath: tagPathOf(path), records };
}

function groupBy(records: readonly TimelineRecord[], keysOf: (record: TimelineRecord) => Iterable<string>): Map<string, TimelineRecord[]> {
  const groups = new Map<string, TimelineRecord[]>();
  for (const record of records) {
    for (const key of new Set(keysOf(record))) {
      const group = groups.get(key) ?? [];
      group.push(record);
      groups.set(key, group);
    }
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

/** Every feed, with its records in the timeline's order (newest first). */
export function feedDefinitions(index: DatasetIndex): FeedDefinition[] {
  const records = index.records;
  const feeds = [definition({ kind: 'all' }, records, index)];
  for (const [code, group] of groupBy(records, (r) => r.countries)) feeds.push(definition({ kind: 'country', code }, group, index));
  for (const [id, group] of groupBy(records, (r) => r.organisations.map((o) => o.id))) feeds.push(definition({ kind: 'organisation', id }, group, index));
  for (const [id, group] of groupBy(records, (r) => r.sectors)) feeds.push(definition({ kind: 'sector', id }, group, index));
  const pairs = new Map<string, VisitPair>();
  const byPair = groupBy(records, (r) =>
    visitPairsOf(r, index).map((pair) => {
      pairs.set(visitKey(pair), pair);
      return visitKey(pair);
    }),
  );
  for (const [key, group] of byPair) feeds.push(definition({ kind: 'visits', ...pairs.get(key)! }, group, index));
  return feeds;
}

/** A feed's title and path, for a page that offers it; null when no such feed is published (no records). */
export function publishedFeed(scope: FeedScope, index: DatasetIndex): Pick<FeedDefinition, 'title' | 'path'> | null {
  const exists =
    scope.kind === 'all'
      ? true
      : scope.kind === 'country'
        ? (index.countryRecordCounts.get(scope.code) ?? 0) > 0
        : scope.kind === 'organisation'
          ? (index.recordsByOrganisation.get(scope.id)?.length ?? 0) > 0
          : scope.kind === 'sector'
            ? index.records.some((r) => r.sectors.includes(scope.id))
            : index.records.some((r) => visitPairsOf(r, index).some((p) => p.origin === scope.origin && p.host === scope.host));
  return exists ? { title: feedTitle(scope, index), path: feedPath(scope) } : null;
}
