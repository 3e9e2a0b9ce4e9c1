import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset/dataset.ts';
import type { TimelineRecord } from '../../../src/domain/dataset/timelineRecord.ts';
import { aggregateMap, decodeMapData, encodeMapData, flowLines, needsRecords, rowFilter, sortFlowLines, totalsByKey, type FlowLine } from '../../../src/domain/flows/index.ts';
import { filterRecords } from '../../../src/domain/query/filterRecords.ts';
import { defaultFilters, type TimelineFilters } from '../../../src/domain/query/filters.ts';
import { boundToMonth } from '../../../src/domain/records/dates.ts';
import type { RawDataset } from '../../../src/domain/records/types.ts';
import { generateDataset } from '../../../src/tools/synth/generate.ts';
import { realData } from '../../support/realData.ts';

/** The plain definition: per country pair, the records of each type that have it, among those the type and date filters keep. */
function plainFlows(records: readonly TimelineRecord[], filters: TimelineFilters, agreements: boolean): FlowLine[] {
  const from = filters.from ? boundToMonth(filters.from, 'first') : null;
  const to = filters.to ? boundToMonth(filters.to, 'last') : null;
  const lines = new Map<string, FlowLine>();
  for (const record of records) {
    if (filters.types.length > 0 && !filters.types.includes(record.type)) continue;
    if (filters.excluded.types.includes(record.type)) continue;
    if (!agreements && record.type === 'agreement') continue;
    if ((from !== null || to !== null) && (record.span === null || (from !== null && record.span.last < from) || (to !== null && record.span.first > to))) continue;
    for (const [origin, host] of record.geo.pairs) {
      const key = `${origin}>${host}`;
      const line = lines.get(key) ?? { origin, host, delegation: 0, event: 0, agreement: 0, total: 0 };
      line[record.type] += 1;
      line.total += 1;
      lines.set(key, line);
    }
  }
  return sortFlowLines([...lines.values()], 'total');
}

const datasets: Array<[string, () => RawDataset]> = [
  ['the real data', () => realData().dataset],
  ['synthetic data', () => generateDataset({ records: 400, seed: 5, sectors: realData().dataset.sectors }).dataset],
];

const bound = fc.option(
  fc.oneof(
    fc.integer({ min: 2015, max: 2027 }).map(String),
    fc.tuple(fc.integer({ min: 2018, max: 2026 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  ),
  { nil: null },
);
const rowFilters = fc.record({
  types: fc.uniqueArray(fc.constantFrom('event' as const, 'delegation' as const, 'agreement' as const), { maxLength: 2 }),
  notTypes: fc.uniqueArray(fc.constantFrom('event', 'delegation', 'agreement'), { maxLength: 1 }),
  from: bound,
  to: bound,
  agreements: fc.boolean(),
});

describe.each(datasets)('flow rows agree with the plain definition, on %s', (_, dataset) => {
  const index = indexDataset(dataset());
  const { records } = index;
  const aggregate = aggregateMap(records);

  it('count each pair by type, for any sublist and any type and date filter', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(records), rowFilters, (sublist, f) => {
        const filters: TimelineFilters = { ...defaultFilters, types: f.types, excluded: { ...defaultFilters.excluded, types: f.notTypes }, from: f.from, to: f.to };
        const rows = aggregateMap(sublist);
        expect(sortFlowLines(flowLines(rows.flows, rowFilter(filters), f.agreements), 'total')).toEqual(plainFlows(sublist, filters, f.agreements));
      }),
      { numRuns: 150 },
    );
  });

  it('give from the whole corpus’s rows what the filtered records give, for type and date filters', () => {
    fc.assert(
      fc.property(rowFilters, (f) => {
        const filters: TimelineFilters = { ...defaultFilters, types: f.types, excluded: { ...defaultFilters.excluded, types: f.notTypes }, from: f.from, to: f.to };
        expect(needsRecords(filters)).toBe(false);
        const fromRecords = aggregateMap(filterRecords(records, filters));
        const all = rowFilter(defaultFilters);
        expect(sortFlowLines(flowLines(aggregate.flows, rowFilter(filters)), 'total')).toEqual(sortFlowLines(flowLines(fromRecords.flows, all), 'total'));
        expect(totalsByKey(aggregate.countries, rowFilter(filters), (k) => k)).toEqual(totalsByKey(fromRecords.countries, all, (k) => k));
        expect(totalsByKey(aggregate.places, rowFilter(filters), (k) => k)).toEqual(totalsByKey(fromRecords.places, all, (k) => k));
      }),
      { numRuns: 100 },
    );
  });

  it('comes back unchanged from the columns data/map.json stores it in', () => {
    const geometry = { width: 1, height: 1, attribution: '', countries: [], places: {} };
    const decoded = decodeMapData(JSON.parse(JSON.stringify(encodeMapData({ geometry, aggregate }))));
    expect(decoded.aggregate).toEqual(aggregate);
  });

  it('never has more flow rows than records name pairs', () => {
    const mentions = records.reduce((sum, r) => sum + r.geo.pairs.length, 0);
    expect(aggregate.flows.length).toBeLessThanOrEqual(mentions);
  });
});

describe('flows on the real data', () => {
  const index = indexDataset(realData().dataset);
  const lines = sortFlowLines(flowLines(aggregateMap(index.records).flows, rowFilter(defaultFilters)), 'total');

  it('counts Iceland, named at the 18 November 2024 meeting only as unnamed participants, as a flow to China', () => {
    const meeting = index.records.find((r) => r.date.start === '2024-11-18' && r.type === 'event' && r.countries.includes('IS'));
    expect(meeting?.geo.origins).toContain('IS');
    expect(lines.find((l) => l.origin === 'IS' && l.host === 'CN')?.total).toBeGreaterThanOrEqual(1);
  });

  it('has Finland → China as its largest flow', () => {
    expect(lines[0]).toMatchObject({ origin: 'FI', host: 'CN' });
  });

  it('needs the records for any filter beyond type and date', () => {
    expect(needsRecords({ ...defaultFilters, countries: ['FI'] })).toBe(true);
    expect(needsRecords({ ...defaultFilters, excluded: { ...defaultFilters.excluded, countries: ['CN'] } })).toBe(true);
    expect(needsRecords({ ...defaultFilters, q: 'kone' })).toBe(true);
    expect(needsRecords({ ...defaultFilters, types: ['event'], from: '2024' })).toBe(false);
  });
});
