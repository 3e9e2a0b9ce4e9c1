import { describe, expect, it } from 'vitest';
import { citationsBySource, countByKind, formatKindCounts } from '../../../src/domain/sources/citations.ts';
import { realData } from '../../support/realData.ts';

describe('citationsBySource', () => {
  const { dataset } = realData();
  const bySource = citationsBySource(dataset);

  it('lists every record kind citing an article, with each record once and its quotes from that article only', () => {
    const citations = bySource.get('chengdu-finland-dialogue-2025')!;
    const event = citations.find((c) => c.record.kind === 'event' && c.record.id === 'chengdu-finland-dialogue-2025-12-04');
    expect(event?.record.href).toBe('/events/chengdu-finland-dialogue-2025-12-04');
    expect(event?.quotes).toContain('On the afternoon of December 4, at the Business & Innovation Centre for China-Europe Cooperation (CCEC)');
    const keys = citations.map((c) => `${c.record.kind}:${c.record.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(citations.map((c) => c.record.kind))).toEqual(new Set(['event', 'delegation', 'agreement', 'organisation', 'person']));
  });

  it("links a person to their organisation's page, having no page of their own", () => {
    const tammi = bySource.get('chengdu-finland-dialogue-2025')!.find((c) => c.record.id === 'lauri-tammi');
    expect(tammi?.record).toMatchObject({ kind: 'person', title: 'Lauri Tammi', href: '/organisations/tammi-consulting' });
  });

  it('counts every evidence quote exactly once across sources', () => {
    const all = [...dataset.events, ...dataset.delegations, ...dataset.agreements, ...dataset.organisations, ...dataset.people];
    const expected = all.reduce((n, r) => n + new Set(r.evidence.map((e) => `${e.source}\u0000${e.quote}`)).size, 0);
    const counted = [...bySource.values()].flat().reduce((n, c) => n + c.quotes.length, 0);
    expect(counted).toBe(expected);
  });
});

describe('formatKindCounts', () => {
  it('words the counts with singular and plural and leaves out kinds with none', () => {
    const counts = countByKind([
      { record: { kind: 'event', id: 'a', title: 'A', href: null }, quotes: [] },
      { record: { kind: 'event', id: 'b', title: 'B', href: null }, quotes: [] },
      { record: { kind: 'person', id: 'c', title: 'C', href: null }, quotes: [] },
    ]);
    expect(formatKindCounts(counts)).toBe('2 events · 1 person');
  });
});

describe('citationsBySource, kept per dataset', () => {
  it('answers every call on one dataset from one pass, and another dataset afresh', () => {
    const { dataset } = realData();
    expect(citationsBySource(dataset)).toBe(citationsBySource(dataset));
    const fewer = { ...dataset, events: [], organisations: [], people: [], delegations: [] };
    const bySource = citationsBySource(fewer);
    expect(bySource).not.toBe(citationsBySource(dataset));
    expect([...bySource.values()].flat().every((c) => c.record.kind === 'agreement')).toBe(true);
    expect([...bySource.values()].flat().length).toBe(
      [...citationsBySource(dataset).values()].flat().filter((c) => c.record.kind === 'agreement').length,
    );
  });
});
