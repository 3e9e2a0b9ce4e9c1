/**
 * Atom (RFC 4287) documents for the feeds: one entry per record with a permanent tag: URI id, a link
 * to the record's page, the time the record last changed in the data, and a summary that names the
 * source article(s) it rests on. A feed carries the most recently changed records only (maxFeedEntries).
 */
import type { DatasetIndex, TimelineRecord } from '../../dataset/index.ts';
import { eventKindLabels, formatRecordDate, recordTypeLabels, type EventKind } from '../../records/index.ts';
import { paths } from '../../paths.ts';
import type { FeedDefinition, FeedScope } from './feedSets.ts';
import { historyKey, type RecordChangeTimes } from './recordHistory.ts';

/**
 * "Matchmaking session", "Delegation", "Agreement". Not imported from exports/: that folder carries the
 * iCalendar writer (ical.js), which must stay out of the pages that only need a feed's title.
 */
const kindLabel = (record: TimelineRecord) =>
  record.type === 'event' ? (eventKindLabels[record.kind as EventKind] ?? record.kind) : recordTypeLabels[record.type];

export const atomMimeType = 'application/atom+xml';

/**
 * Entries per feed: the most recently changed records. A feed reader wants what is new, not an archive;
 * uncapped, a large corpus's feeds repeat every record several times over (the 100,000-record build wrote
 * hundreds of MB of feeds) and the all-records feed at a million records is longer than a V8 string.
 */
export const maxFeedEntries = 500;

/**
 * The tagging entity of every id (RFC 4151): fixed, not the host the site is deployed on, so ids
 * survive a move to another domain. 2025 is the year the atlas began.
 */
export const tagAuthority = 'trade-mission-atlas,2025';

export const entryTag = (record: Pick<TimelineRecord, 'type' | 'id'>) => `tag:${tagAuthority}:${record.type}s/${record.id}`;
export const feedTag = (feed: Pick<FeedDefinition, 'tagPath'>) => `tag:${tagAuthority}:${feed.tagPath}`;

export interface AtomContext {
  index: DatasetIndex;
  /** A site path (router path or static file) as an absolute URL, base path included. */
  absolute: (sitePath: string) => string;
  /** When each record last changed ("events.json:<id>" → ISO time); see recordHistory. */
  changeTimes: RecordChangeTimes;
  /** Used for a record missing from changeTimes, and for a feed's updated when it has no entries. */
  fallbackTime: string;
  /** One sentence saying how entry dates were found, shown as the feed's subtitle. */
  updatedBasis: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** The time a record last changed, from the history of its data file. */
export function recordUpdated(record: TimelineRecord, context: Pick<AtomContext, 'changeTimes' | 'fallbackTime'>): string {
  return context.changeTimes.get(historyKey(`${record.type}s.json`, record.id)) ?? context.fallbackTime;
}

/** "Source: “Title” (Outlet, 4 Dec 2025)." — every article the record quotes, in the order it first quotes them. */
export function sourceSentence(record: TimelineRecord, index: DatasetIndex): string {
  const ids = [...new Set(record.evidence.map((e) => e.source))];
  const described = ids.map((id) => {
    const source = index.sourcesById.get(id);
    if (!source) return id;
    const details = [source.outlet, source.published.date ? formatRecordDate({ start: source.published.date, end: null }) : null].filter(Boolean);
    return `“${source.title.en}”${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
  });
  return `${described.length === 1 ? 'Source' : 'Sources'}: ${described.join('; ')}.`;
}

export function entrySummary(record: TimelineRecord, index: DatasetIndex): string {
  return `${formatRecordDate(record.date)} · ${kindLabel(record)}. ${record.summary} ${sourceSentence(record, index)}`;
}

/** The page a feed mirrors: the timeline narrowed the same way, or the organisation's page. */
export function feedPagePath(scope: FeedScope): string {
  switch (scope.kind) {
    case 'country':
      return paths.timeline({ countries: [scope.code] });
    case 'organisation':
      return paths.organisation(scope.id);
    case 'sector':
      return paths.timeline({ sectors: [scope.id] });
    default:
      return paths.timeline();
  }
}

const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

export function atomFeed(feed: FeedDefinition, context: AtomContext): string {
  const { index, absolute } = context;
  const entries = feed.records
    .map((record) => ({ record, updated: recordUpdated(record, context) }))
    // Most recently changed first, the order feed readers expect; the timeline's order breaks ties.
    .sort((a, b) => newestFirst(a.updated, b.updated))
    .slice(0, maxFeedEntries);
  const updated = entries[0]?.updated ?? context.fallbackTime;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${escapeXml(feedTag(feed))}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(context.updatedBasis)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="${atomMimeType}" href="${escapeXml(absolute(feed.path))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absolute(feedPagePath(feed.scope)))}"/>`,
    '  <author><name>Trade Mission Atlas</name></author>',
    '  <generator>Trade Mission Atlas build</generator>',
    ...entries.flatMap(({ record, updated: entryUpdated }) => [
      '  <entry>',
      `    <id>${escapeXml(entryTag(record))}</id>`,
      `    <title>${escapeXml(record.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(absolute(paths.record(record.type, record.id)))}"/>`,
      `    <updated>${entryUpdated}</updated>`,
      `    <category term="${escapeXml(record.type === 'event' ? record.kind : record.type)}" label="${escapeXml(kindLabel(record))}"/>`,
      `    <summary>${escapeXml(entrySummary(record, index))}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
