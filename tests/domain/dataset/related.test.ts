// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset/dataset.ts';
import { recordKey } from '../../../src/domain/dataset/timelineRecord.ts';
import {
  delegationEventIds,
  maxSharingRecords,
  recordsSharingOrganisations,
  relatedToAgreement,
  relatedToDelegation,
  relatedToEvent,
} from '../../../src/domain/dataset/related.ts';
import { sortRecords } from '../../../src/domain/dataset/recordOrder.ts';
import { type DatasetIndex, type TimelineRecord } from '../../../src/domain/dataset/timelineRecord.ts';
import { generateDataset } from '../../../src/tools/synth/generate.ts';
import { loadSectors } from '../../../src/tools/synth/write.ts';
import { realData } from '../../support/realData.ts';

const index = indexDataset(realData().dataset);
const ids = (groups: ReturnType<typeof relatedToEvent>, key: string) =>
  groups.find((g) => g.key === key)?.items.map((i) => i.record.id) ?? [];

describe('related records', () => {
  it('lists sub-events and agreements that came out of an event', () => {
    const groups = relatedToEvent(index, 'chengdu-finland-dialogue-2025-12-04');
    expect(ids(groups, 'sub-events')).toContain('coicc-chengdu-partners-program-presentation-2025-12-04');
    expect(ids(groups, 'agreements')).toEqual(
      expect.arrayContaining(['aaltoes-guo-haifeng-chengdu-partners-plan-2025-12', 'chengdu-enterprises-readiness-join-chengdu-partners-2025-12']),
    );
    expect(ids(groups, 'delegation')).toContain('finnish-delegation-visit-west-china-hospital-2025-12');
    expect(ids(groups, 'delegation')).not.toContain('chengdu-finland-dialogue-2025-12-04');
  });

  it('never lists a record twice, nor the record itself, and lists what the page points to first', () => {
    const event = index.eventsById.get('finnish-delegation-visit-west-china-hospital-2025-12')!;
    const groups = relatedToEvent(index, event.id);
    const keys = groups.flatMap((g) => g.items.map((i) => recordKey(i.record.type, i.record.id)));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain(recordKey('event', event.id));
    // The page names its delegation, so Related lists it first rather than contradicting the page.
    expect(groups[0]!.key).toBe('points-to');
    expect(keys[0]).toBe(recordKey('delegation', event.delegation!));
  });

  it('ranks records by the number of organisations they share, a few at most', () => {
    const self = index.recordsByKey.get(recordKey('event', 'chengdu-finland-dialogue-2025-12-04'))!;
    const sharing = recordsSharingOrganisations(index, self, new Set());
    expect(sharing.length).toBeLessThanOrEqual(maxSharingRecords);
    const counts = sharing.map((s) => s.sharedOrganisations!.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const own = new Set(self.organisations.map((o) => o.id));
    for (const item of sharing) for (const org of item.sharedOrganisations!) expect(own.has(org)).toBe(true);
  });

  it("gathers a delegation's events from its stops and from events naming it", () => {
    const events = delegationEventIds(index, 'finnish-enterprise-delegation-chengdu-2025-12');
    expect(events).toEqual(expect.arrayContaining(['chengdu-finland-dialogue-2025-12-04', 'finnish-delegation-visit-sichuan-taikang-hospital-2025-12']));
    expect(ids(relatedToDelegation(index, 'finnish-enterprise-delegation-chengdu-2025-12'), 'agreements')).toContain(
      'aaltoes-guo-haifeng-chengdu-partners-plan-2025-12',
    );
  });

  it('lists what the agreement page points to: its event first, then the other agreements of that event', () => {
    const groups = relatedToAgreement(index, 'tegnology-tsinghua-sichuan-photovoltaic-preliminary-agreement-2024');
    expect(groups[0]!.key).toBe('event');
    expect(ids(groups, 'event')).toEqual(['chengdu-nordic-meeting-2024-matchmaking']);
    expect(ids(groups, 'agreements')).toContain('sichuan-huati-haaga-helia-ar-vr-plans-2024');
    // Each record once, across the groups.
    const keys = groups.flatMap((g) => g.items.map((i) => recordKey(i.record.type, i.record.id)));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('never says an agreement with an event has no related records', () => {
    for (const a of index.raw.agreements) {
      if (!a.event) continue;
      expect(relatedToAgreement(index, a.id).flatMap((g) => g.items).length).toBeGreaterThan(0);
    }
  });
});

/** The plain scans the link maps stand in for: every answer must be the same, in the same order. */
describe('related records from the link maps', () => {
  const synth = indexDataset(generateDataset({ records: 600, seed: 3, sectors: loadSectors() }).dataset);
  const byIds = (i: DatasetIndex, type: 'event' | 'agreement', ids: string[]) =>
    sortRecords([...new Set(ids)].map((id) => i.recordsByKey.get(recordKey(type, id))).filter((r): r is TimelineRecord => r !== undefined), 'oldest').map((r) => r.id);
  const group = (groups: ReturnType<typeof relatedToEvent>, key: string) => groups.find((g) => g.key === key)?.items.map((i) => i.record.id) ?? [];

  it.each([
    ['the real data', index],
    ['synthetic data', synth],
  ])('match a scan of every event and agreement in %s', (_, i) => {
    const { events, agreements } = i.raw;
    const delegationEvents = (id: string) => [
      ...new Set([...(i.delegationsById.get(id)?.stops.flatMap((s) => (s.event ? [s.event] : [])) ?? []), ...events.filter((e) => e.delegation === id).map((e) => e.id)]),
    ];
    for (const d of i.raw.delegations) {
      expect(delegationEventIds(i, d.id)).toEqual(delegationEvents(d.id));
      const eventIds = new Set(delegationEvents(d.id));
      const expected = byIds(i, 'agreement', agreements.filter((a) => a.event && eventIds.has(a.event)).map((a) => a.id));
      expect(group(relatedToDelegation(i, d.id), 'agreements')).toEqual(expected);
    }
    for (const e of events) {
      const groups = relatedToEvent(i, e.id);
      expect(group(groups, 'sub-events')).toEqual(byIds(i, 'event', events.filter((x) => x.partOf === e.id).map((x) => x.id)));
      const fromEvent = byIds(i, 'agreement', agreements.filter((a) => a.event === e.id).map((a) => a.id));
      expect(group(groups, 'agreements')).toEqual(fromEvent);
      const siblings = e.partOf ? byIds(i, 'event', events.filter((x) => x.partOf === e.partOf && x.id !== e.id).map((x) => x.id)) : [];
      expect(group(groups, 'siblings')).toEqual(siblings);
    }
    for (const a of agreements) {
      const siblings = a.event ? byIds(i, 'agreement', agreements.filter((x) => x.event === a.event && x.id !== a.id).map((x) => x.id)) : [];
      expect(group(relatedToAgreement(i, a.id), 'agreements')).toEqual(siblings);
    }
  });

  it.each([
    ['the real data', index],
    ['synthetic data', synth],
  ])('pick the same records sharing organisations as a full sort, for any limit, in %s', (_, i) => {
    for (const record of i.records) {
      const all = recordsSharingOrganisations(i, record, new Set(), Infinity);
      const counts = all.map((s) => s.sharedOrganisations!.length);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      for (const limit of [0, 1, 4, 7]) expect(recordsSharingOrganisations(i, record, new Set(), limit)).toEqual(all.slice(0, limit));
    }
  });
});
