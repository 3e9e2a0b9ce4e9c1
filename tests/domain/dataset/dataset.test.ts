import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset/dataset.ts';
import { recordKey, type TimelineRecord } from '../../../src/domain/dataset/timelineRecord.ts';
import { sortRecords } from '../../../src/domain/dataset/recordOrder.ts';
import { filterRecords } from '../../../src/domain/query/filterRecords.ts';
import { defaultFilters } from '../../../src/domain/query/filters.ts';
import { fixtureDataset } from '../../fixtures/dataset.ts';
import { realData } from '../../support/realData.ts';

const keyOf = (r: TimelineRecord) => recordKey(r.type, r.id);
const record = (index: ReturnType<typeof indexDataset>, type: TimelineRecord['type'], id: string) => {
  const found = index.recordsByKey.get(recordKey(type, id));
  if (!found) throw new Error(`no ${type} ${id}`);
  return found;
};

describe('indexDataset on the fixture', () => {
  const index = indexDataset(fixtureDataset());

  it('makes one timeline record per event, delegation and agreement', () => {
    expect(index.records.map(keyOf).sort()).toEqual(
      ['agreement:ag-1', 'agreement:ag-2', 'delegation:del-1', 'event:ev-1', 'event:ev-2'].sort(),
    );
    expect(index.recordsByKey.size).toBe(5);
    expect(index.organisationsById.get('aurora-oy')?.name).toBe('Aurora Oy');
    expect(index.eventsById.get('ev-2')?.title).toBe('Counterpart meetings in Weifang');
  });

  it('orders records newest first, title breaking ties, unknown years last', () => {
    expect(index.records.map(keyOf)).toEqual([
      'agreement:ag-1', // 4 Dec 2025, "Aurora Oy – …"
      'event:ev-1', // 4 Dec 2025, "Finland Special Session"
      'delegation:del-1', // Sep 2025
      'event:ev-2', // March, year not stated: "Counterpart meetings …"
      'agreement:ag-2', // March, year not stated: "Counterparts for …"
    ]);
  });

  it('keeps unknown-year records last in oldest-first order too', () => {
    expect(sortRecords(index.records, 'oldest').map(keyOf)).toEqual([
      'delegation:del-1',
      'agreement:ag-1',
      'event:ev-1',
      'event:ev-2',
      'agreement:ag-2',
    ]);
  });

  it("gives an event the location's country and every participant's country", () => {
    expect(record(index, 'event', 'ev-1').countries).toEqual(['CN', 'FI', 'SE']);
    // ev-2: CN only from the location (Weifang), SE from Västerås Science Park.
    expect(record(index, 'event', 'ev-2').countries).toEqual(['CN', 'SE']);
    const data = fixtureDataset();
    data.events[1]!.location.country = null;
    expect(record(indexDataset(data), 'event', 'ev-2').countries).toEqual(['SE']);
  });

  it("gives a delegation its origin, destinations, stops and organisations' countries", () => {
    // CN only from the origin (the organiser's country is null), SE only from a destination, FI from both.
    expect(record(index, 'delegation', 'del-1').countries).toEqual(['CN', 'FI', 'SE']);
    const data = fixtureDataset();
    data.delegations[0]!.from.country = null;
    data.delegations[0]!.to.pop();
    expect(record(indexDataset(data), 'delegation', 'del-1').countries).toEqual(['FI']);
  });

  it('adds the countries of unnamed participants, on events, delegations and agreements', () => {
    const data = fixtureDataset();
    data.events[1]!.unnamedParticipants = [{ country: 'IS', description: 'Representatives from Iceland' }, { country: null, description: 'Guests' }];
    data.delegations[0]!.unnamedParticipants = [{ country: 'NO', description: 'Norwegian companies' }];
    data.agreements[1]!.unnamedParticipants = [{ country: 'DK', description: 'A Danish company' }];
    const built = indexDataset(data);
    expect(record(built, 'event', 'ev-2').countries).toEqual(['CN', 'IS', 'SE']);
    expect(record(built, 'delegation', 'del-1').countries).toEqual(['CN', 'FI', 'NO', 'SE']);
    expect(record(built, 'agreement', 'ag-2').countries).toEqual(['CN', 'DK']);
    expect(filterRecords(built.records, { ...defaultFilters, countries: ['IS'] }).map(keyOf)).toEqual(['event:ev-2']);
  });

  it("gives an agreement its event's country and its parties' countries", () => {
    expect(record(index, 'agreement', 'ag-1').countries).toEqual(['CN', 'FI']);
    expect(record(index, 'agreement', 'ag-2').countries).toEqual(['CN']);
  });

  it('counts the records each country occurs in', () => {
    expect(Object.fromEntries(index.countryRecordCounts)).toEqual({ CN: 5, FI: 3, SE: 3 });
  });

  it('lists each organisation’s records, newest first, with every role it had', () => {
    const links = (id: string) => (index.recordsByOrganisation.get(id) ?? []).map((l) => [keyOf(l.record), l.roles]);
    expect(links('aurora-oy')).toEqual([
      ['agreement:ag-1', ['party']],
      ['event:ev-1', ['participant', 'presenter']],
      ['delegation:del-1', ['visited']],
    ]);
    expect(links('chengdu-bureau')).toEqual([
      ['agreement:ag-1', ['party']],
      ['event:ev-1', ['host']],
    ]);
    expect(links('vasteras-park')).toEqual([
      ['event:ev-1', ['matched']],
      ['event:ev-2', ['participant']],
    ]);
    expect(links('nordic-network')).toEqual([['delegation:del-1', ['organiser']]]);
  });

  it('merges the roles of an organisation named twice in one delegation', () => {
    const data = fixtureDataset();
    data.delegations[0]!.members = ['nordic-network', 'aurora-oy'];
    const links = indexDataset(data).recordsByOrganisation;
    expect(links.get('nordic-network')?.[0]?.roles).toEqual(['organiser', 'member']);
    expect(links.get('aurora-oy')?.find((l) => l.record.type === 'delegation')?.roles).toEqual(['member', 'visited']);
  });

  it('describes where each record happened', () => {
    expect(record(index, 'event', 'ev-1').place).toBe('CCEC, Chengdu');
    expect(record(index, 'event', 'ev-2').place).toBe('Weifang');
    expect(record(index, 'delegation', 'del-1').place).toBe('Helsinki');
    expect(record(index, 'agreement', 'ag-1').place).toBe('Chengdu');
    const data = fixtureDataset();
    data.events[0]!.location.online = true;
    const online = indexDataset(data);
    expect(record(online, 'event', 'ev-1')).toMatchObject({ place: null, online: true });
    expect(record(online, 'agreement', 'ag-1')).toMatchObject({ place: null, online: true });
  });

  it('carries kind, status, sort key and month span', () => {
    expect(record(index, 'event', 'ev-1')).toMatchObject({
      kind: 'matchmaking-session',
      status: 'took-place',
      sortKey: 20251204,
      span: { first: 202512, last: 202512 },
    });
    expect(record(index, 'delegation', 'del-1')).toMatchObject({ kind: 'delegation', sortKey: 20250900 });
    expect(record(index, 'agreement', 'ag-2')).toMatchObject({ kind: 'potential', sortKey: null, span: null });
  });

  it('makes records findable by organisation names, people, series and original-language names', () => {
    const found = (query: string) => filterRecords(index.records, { ...defaultFilters, q: query }).map(keyOf).sort();
    expect(found('anna virtanen')).toEqual(['event:ev-1']);
    expect(found('test dialogue')).toEqual(['event:ev-1']);
    expect(found('奧羅拉')).toEqual(['agreement:ag-1', 'delegation:del-1', 'event:ev-1']);
    expect(found('vasteras')).toEqual(['event:ev-1', 'event:ev-2']);
    expect(found('some companies unnamed')).toEqual(['agreement:ag-2']);
  });

  it('groups people by organisation', () => {
    expect(index.peopleByOrganisation.get('aurora-oy')?.map((p) => p.id)).toEqual(['anna-virtanen']);
    expect(index.peopleByOrganisation.get('chengdu-bureau')?.map((p) => p.id)).toEqual(['li-na']);
    expect(index.organisationSearchText.get('vasteras-park')).toContain('vasteras science park');
  });
});

describe('indexDataset on the real data', () => {
  const index = indexDataset(realData().dataset);

  it('puts records with an unknown year last in both orders', () => {
    for (const order of ['newest', 'oldest'] as const) {
      const keys = sortRecords(index.records, order).map((r) => r.sortKey);
      const firstUnknown = keys.indexOf(null);
      if (firstUnknown === -1) continue;
      expect(keys.slice(firstUnknown).every((k) => k === null)).toBe(true);
      const known = keys.slice(0, firstUnknown) as number[];
      expect(known).toEqual([...known].sort((a, b) => (order === 'newest' ? b - a : a - b)));
    }
  });

  it('links each organisation to its records in timeline order, with its roles in each, keys in order of first mention', () => {
    const expected = new Map<string, Array<[string, string[]]>>();
    for (const r of index.records) {
      for (const id of new Set(r.organisations.map((o) => o.id))) {
        const roles = [...new Set(r.organisations.filter((o) => o.id === id).map((o) => o.role))];
        expected.set(id, [...(expected.get(id) ?? []), [keyOf(r), roles]]);
      }
    }
    const links = [...index.recordsByOrganisation].map(([id, list]) => [id, list.map((l) => [keyOf(l.record), l.roles])]);
    expect(links).toEqual([...expected]);
  });

  it('counts each country’s records, in order of first mention', () => {
    const expected = new Map<string, number>();
    for (const r of index.records) for (const c of r.countries) expected.set(c, (expected.get(c) ?? 0) + 1);
    expect([...index.countryRecordCounts]).toEqual([...expected]);
  });

  it('gives a record the countries of its unnamed participants: filtering by Iceland finds the 18 November 2024 meeting', () => {
    const meeting = index.recordsByKey.get(recordKey('event', 'chengdu-nordic-technology-innovation-meeting-2024-11-18'))!;
    // No organisation from Iceland is named; the text names the country only.
    expect(meeting.countries).toEqual(expect.arrayContaining(['IS', 'DK', 'FI', 'NO', 'SE']));
    const found = filterRecords(index.records, { ...defaultFilters, countries: ['IS'] }).map(keyOf);
    expect(found).toContain('event:chengdu-nordic-technology-innovation-meeting-2024-11-18');
  });

  it('finds every record by its type and id', () => {
    expect(index.recordsByKey.size).toBe(index.records.length);
    for (const r of index.records) expect(index.recordsByKey.get(recordKey(r.type, r.id))).toBe(r);
  });

  it('links every organisation named in a record back to it', () => {
    for (const r of index.records) {
      for (const { id } of r.organisations) {
        expect(index.recordsByOrganisation.get(id)?.some((l) => l.record === r)).toBe(true);
      }
    }
  });
});
