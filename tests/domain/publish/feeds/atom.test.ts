import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../../src/domain/dataset/dataset.ts';
import { atomFeed, entryTag, feedDefinitions, maxFeedEntries, visitPairsOf, type AtomContext } from '../../../../src/domain/publish/feeds/index.ts';
import { recordHistory } from '../../../../src/tools/build/gitRecordHistory.ts';
import { realData } from '../../../support/realData.ts';

const atom = 'http://www.w3.org/2005/Atom';
const index = indexDataset(realData().dataset);
const history = recordHistory('data');
const context: AtomContext = {
  index,
  absolute: (sitePath) => `https://atlas.example${sitePath}`,
  changeTimes: history.changeTimes,
  fallbackTime: history.latest,
  updatedBasis: history.basis,
};
const feeds = feedDefinitions(index);
const documents = feeds.map((feed) => ({ feed, xml: atomFeed(feed, context) }));

const children = (element: Element, name: string) => [...element.children].filter((c) => c.namespaceURI === atom && c.localName === name);
/** RFC 3339 date-time, as Atom Date constructs require (§3.3). */
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe('the Atom feeds over the real data', () => {
  it('publishes one for all records, and per country, organisation, sector and visiting → host pair', () => {
    const kinds = new Set(feeds.map((f) => f.scope.kind));
    expect([...kinds].sort()).toEqual(['all', 'country', 'organisation', 'sector', 'visits']);
    expect(feeds.find((f) => f.scope.kind === 'all')!.records).toHaveLength(index.records.length);
    expect(feeds.map((f) => f.path)).toContain('/feeds/countries/fi.xml');
    expect(feeds.map((f) => f.path)).toContain('/feeds/visits/fi-to-cn.xml');
    expect(new Set(feeds.map((f) => f.path)).size).toBe(feeds.length);
  });

  it('reads record change times from git history, not from one build-wide time', () => {
    expect(history.fromGit).toBe(true);
    const times = new Set(index.records.map((r) => history.changeTimes.get(`${r.type}s.json:${r.id}`)));
    expect(times.has(undefined)).toBe(false);
    expect(times.size).toBeGreaterThan(1);
  });

  it.each(documents.map(({ feed, xml }) => [feed.path, xml] as const))('%s parses with a feed parser and has what RFC 4287 requires', (path, xml) => {
    const feed = feeds.find((f) => f.path === path)!;
    // A maintained, lenient-but-real parser: what a feed reader would see.
    const parsed = parseFeed(xml).toJSON();
    expect(parsed.meta.type).toBe('atom');
    expect(parsed.title).toBe(feed.title);
    expect(parsed.self).toBe(`https://atlas.example${path}`);
    expect(parsed.items).toHaveLength(feed.records.length);

    // And the RFC's own rules, checked on the XML tree.
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe(atom);
    expect(root.localName).toBe('feed');
    for (const name of ['id', 'title', 'updated']) expect(children(root, name), `feed ${name}`).toHaveLength(1);
    expect(children(root, 'updated')[0]!.textContent).toMatch(rfc3339);
    expect(children(root, 'id')[0]!.textContent).toMatch(/^tag:[a-z0-9.-]+,\d{4}:/);
    // An author on the feed, since entries carry none (§4.1.1).
    expect(children(root, 'author').flatMap((a) => children(a, 'name'))).toHaveLength(1);
    expect(children(root, 'link').filter((l) => l.getAttribute('rel') === 'self')).toHaveLength(1);
    const entries = children(root, 'entry');
    expect(entries).toHaveLength(feed.records.length);
    const feedUpdated = children(root, 'updated')[0]!.textContent!;
    for (const entry of entries) {
      for (const name of ['id', 'title', 'updated', 'summary']) expect(children(entry, name), `entry ${name}`).toHaveLength(1);
      expect(children(entry, 'updated')[0]!.textContent).toMatch(rfc3339);
      expect(children(entry, 'updated')[0]!.textContent! <= feedUpdated).toBe(true);
      const alternate = children(entry, 'link').filter((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
      expect(alternate).toHaveLength(1);
      expect(alternate[0]!.getAttribute('href')).toMatch(/^https:\/\/atlas\.example\/(events|delegations|agreements)\/[a-z0-9-]+$/);
      expect(children(entry, 'summary')[0]!.textContent).toMatch(/Sources?: “/);
    }
    const ids = entries.map((e) => children(e, 'id')[0]!.textContent);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('feed entries', () => {
  it('have permanent tag: ids made of the record type and id, and summaries naming the article', () => {
    const record = index.records.find((r) => r.id === 'chengdu-finland-dialogue-2025-12-04')!;
    expect(entryTag(record)).toBe('tag:trade-mission-atlas,2025:events/chengdu-finland-dialogue-2025-12-04');
    const xml = atomFeed(feeds.find((f) => f.scope.kind === 'all')!, context);
    const item = parseFeed(xml).toJSON().items.find((i) => i.id === entryTag(record))!;
    expect(item.url).toBe('https://atlas.example/events/chengdu-finland-dialogue-2025-12-04');
    const source = index.sourcesById.get(record.evidence[0]!.source)!;
    expect(item.description).toContain(source.title.en);
    expect(new Date(item.updated!).getTime()).toBe(new Date(history.changeTimes.get('events.json:chengdu-finland-dialogue-2025-12-04')!).getTime());
  });

  it('put a record changed later above one changed earlier', () => {
    const all = feeds.find((f) => f.scope.kind === 'all')!;
    const updated = parseFeed(atomFeed(all, context)).toJSON().items.map((i) => i.updated!);
    expect([...updated].sort().reverse()).toEqual(updated);
  });
});

describe('a feed over more records than it carries', () => {
  it('keeps the most recently changed maxFeedEntries records', () => {
    const all = feeds.find((f) => f.scope.kind === 'all')!;
    // Every record repeated under new ids, each changed a second later than the one before.
    const many = Array.from({ length: maxFeedEntries + 20 }, (_, i) => ({ ...all.records[i % all.records.length]!, id: `copy-${i}` }));
    const changeTimes = new Map(many.map((r, i) => [`${r.type}s.json:${r.id}`, new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString().replace(/\.000Z$/, 'Z')]));
    const parsed = parseFeed(atomFeed({ ...all, records: many }, { ...context, changeTimes })).toJSON();
    expect(parsed.items).toHaveLength(maxFeedEntries);
    expect(parsed.items[0]!.id).toBe(entryTag(many[many.length - 1]!));
    expect(parsed.items.map((item) => item.id)).not.toContain(entryTag(many[19]!));
    expect(parsed.items.map((item) => item.id)).toContain(entryTag(many[20]!));
  });
});

describe('visitPairsOf', () => {
  it('derives a delegation’s origin → destination pairs, leaving out unknown and same-country places', () => {
    for (const delegation of index.raw.delegations) {
      const record = index.recordsByKey.get(`delegation:${delegation.id}`)!;
      const expected = delegation.to
        .filter((to) => delegation.from.country && to.country && to.country !== delegation.from.country)
        .map((to) => `${delegation.from.country}>${to.country}`);
      expect(visitPairsOf(record, index).map((p) => `${p.origin}>${p.host}`).sort()).toEqual([...new Set(expected)].sort());
    }
  });

  it('derives an event’s participant country → event country pairs', () => {
    const event = index.raw.events.find((e) => e.location.country === 'CN' && e.participants.some((p) => index.organisationsById.get(p.organisation)?.country === 'FI'))!;
    const pairs = visitPairsOf(index.recordsByKey.get(`event:${event.id}`)!, index);
    expect(pairs).toContainEqual({ origin: 'FI', host: 'CN' });
    expect(pairs.every((p) => p.host === 'CN' && p.origin !== 'CN')).toBe(true);
  });
});
