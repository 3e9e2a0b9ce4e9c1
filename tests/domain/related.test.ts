import { describe, expect, it } from 'vitest';
import { indexDataset, recordKey } from '../../src/domain/dataset.ts';
import {
  delegationEventIds,
  maxSharingRecords,
  recordsSharingOrganisations,
  relatedToAgreement,
  relatedToDelegation,
  relatedToEvent,
} from '../../src/domain/related.ts';
import { realData } from '../support/realData.ts';

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

  it('never lists a record twice, nor the record itself, nor what the page already shows as a fact', () => {
    const event = index.eventsById.get('finnish-delegation-visit-west-china-hospital-2025-12')!;
    const groups = relatedToEvent(index, event.id);
    const keys = groups.flatMap((g) => g.items.map((i) => recordKey(i.record.type, i.record.id)));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain(recordKey('event', event.id));
    expect(keys).not.toContain(recordKey('delegation', event.delegation!));
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

  it('lists the other agreements of the same event, leaving the event itself to the facts', () => {
    const groups = relatedToAgreement(index, 'tegnology-tsinghua-sichuan-photovoltaic-preliminary-agreement-2024');
    expect(ids(groups, 'agreements')).toContain('sichuan-huati-haaga-helia-ar-vr-plans-2024');
    const keys = groups.flatMap((g) => g.items.map((i) => recordKey(i.record.type, i.record.id)));
    expect(keys).not.toContain(recordKey('event', 'chengdu-nordic-meeting-2024-matchmaking'));
  });
});
