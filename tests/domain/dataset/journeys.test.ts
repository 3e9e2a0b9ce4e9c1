import { describe, expect, it } from 'vitest';
import { indexDataset, journeyOf, recordKey, seriesEditions } from '../../../src/domain/dataset/index.ts';
import { realData } from '../../support/realData.ts';

const index = indexDataset(realData().dataset);
const keys = (records: ReturnType<typeof journeyOf>) => records.map((record) => recordKey(record.type, record.id));

describe('journeyOf', () => {
  it('chains the September 2025 tour, the pledge, the December delegation, the 4 December session and the planned hospital visits, in date order', () => {
    const journey = keys(journeyOf(index, 'event', 'chengdu-finland-dialogue-2025-12-04'));
    expect(journey.slice(0, 4)).toEqual([
      'delegation:opening-chengdu-northern-europe-delegation-2025-09',
      'agreement:business-finland-pledge-finnish-delegation-to-chengdu-2025',
      'delegation:finnish-enterprise-delegation-chengdu-2025-12',
      'event:chengdu-finland-dialogue-2025-12-04',
    ]);
    expect(journey.slice(4).sort()).toEqual([
      'event:finnish-delegation-visit-chengdu-aier-eye-hospital-2025-12',
      'event:finnish-delegation-visit-no-1-orthopedics-hospital-of-chengdu-2025-12',
      'event:finnish-delegation-visit-sichuan-taikang-hospital-2025-12',
      'event:finnish-delegation-visit-west-china-hospital-2025-12',
    ]);
  });

  it('is the same whole chain from every record on it, followed forwards or backwards', () => {
    const journey = journeyOf(index, 'event', 'chengdu-finland-dialogue-2025-12-04');
    for (const record of journey) expect(keys(journeyOf(index, record.type, record.id))).toEqual(keys(journey));
  });

  it('links the 2019 delegation to Germany and Finland to the 2020 online conference, its "reunion"', () => {
    expect(keys(journeyOf(index, 'delegation', 'chengdu-new-economy-commission-delegation-germany-finland-2019'))).toEqual([
      'delegation:chengdu-new-economy-commission-delegation-germany-finland-2019',
      'event:sino-european-new-economic-online-cooperation-conference-2020',
    ]);
  });

  it('is empty for a record no follows link touches', () => {
    const lone = index.records.find((record) => journeyOf(index, record.type, record.id).length === 0);
    expect(lone).toBeDefined();
    const linked = new Set(index.raw.events.flatMap((event) => (event.follows ?? []).map((follow) => follow.id)));
    expect(linked.has(lone!.id)).toBe(false);
  });

  it('puts every record after what it follows, and never runs backwards in time at the precision both dates share', () => {
    for (const record of index.records) {
      const journey = journeyOf(index, record.type, record.id);
      const at = new Map(keys(journey).map((key, i) => [key, i]));
      for (const [i, item] of journey.entries()) {
        const raw = [...index.raw.events, ...index.raw.delegations, ...index.raw.agreements].find((r) => r.id === item.id)!;
        for (const follow of raw.follows ?? []) expect(at.get(recordKey(follow.kind, follow.id))).toBeLessThan(i);
      }
      const starts = journey.map((item) => item.date.start).filter((start): start is string => start !== null);
      for (let i = 1; i < starts.length; i += 1) {
        const precision = Math.min(starts[i]!.length, starts[i - 1]!.length);
        expect(starts[i]!.slice(0, precision) >= starts[i - 1]!.slice(0, precision)).toBe(true);
      }
    }
  });
});

describe('seriesEditions', () => {
  it('lists every event naming the series, oldest first', () => {
    for (const series of index.raw.series) {
      const editions = seriesEditions(index, series.id);
      expect(editions.map((record) => record.id).sort()).toEqual(index.raw.events.filter((event) => event.series === series.id).map((event) => event.id).sort());
      const dated = editions.filter((item) => item.sortKey !== null);
      for (let i = 1; i < dated.length; i += 1) expect(dated[i]!.sortKey!).toBeGreaterThanOrEqual(dated[i - 1]!.sortKey!);
    }
  });
});
