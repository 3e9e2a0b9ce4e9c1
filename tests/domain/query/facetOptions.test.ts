import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset/dataset.ts';
import { countryOptions, facetTotals, organisationCounts, sectorOptions, typeOptions } from '../../../src/domain/query/facetOptions.ts';
import { facetCounts, filterRecords } from '../../../src/domain/query/filterRecords.ts';
import { yearsWithRecords, filterVocabulary } from '../../../src/domain/query/filterVocabulary.ts';
import { defaultFilters, type TimelineFilters } from '../../../src/domain/query/filters.ts';
import { fixtureDataset } from '../../fixtures/dataset.ts';
import { realData } from '../../support/realData.ts';

const index = indexDataset(fixtureDataset());
const f = (overrides: Partial<TimelineFilters>): TimelineFilters => ({ ...defaultFilters, ...overrides });
const options = (filters: TimelineFilters) => {
  const counts = facetCounts(index.records, filters);
  return { types: typeOptions(counts, filters), countries: countryOptions(facetTotals(index), counts, filters), sectors: sectorOptions(facetTotals(index), counts, filters) };
};

describe('facet options', () => {
  it('lists all three record types, even one without records', () => {
    expect(options(f({ types: ['event'] })).types.map((o) => [o.value, o.label, o.selected])).toEqual([
      ['event', 'Events', true],
      ['delegation', 'Delegations', false],
      ['agreement', 'Agreements', false],
    ]);
  });

  it('orders countries by records overall, so ticking one does not reorder the list', () => {
    const before = options(defaultFilters).countries.map((o) => o.value);
    const after = options(f({ types: ['delegation'], countries: ['SE'] })).countries.map((o) => o.value);
    expect(after).toEqual(before);
    expect(before[0]).toBe('CN');
  });

  it('keeps a selected country that no record has, with a count of 0, so it can be unticked', () => {
    const japan = options(f({ countries: ['JP'] })).countries.find((o) => o.value === 'JP');
    expect(japan).toEqual({ value: 'JP', label: 'Japan', count: 0, selected: true, excluded: false });
  });

  it('lists every sector of the vocabulary, with the counts of the other filters', () => {
    const sectors = options(f({ types: ['delegation'] })).sectors;
    expect(sectors.map((o) => o.value).sort()).toEqual([...index.sectorsById.keys()].sort());
    for (const option of sectors) {
      expect(option.count).toBe(filterRecords(index.records, f({ types: ['delegation'], sectors: [option.value] })).length);
    }
  });
});

describe('organisationCounts', () => {
  it('counts each record once per organisation, ignoring the organisation filter itself', () => {
    const counts = organisationCounts(index.records, f({ orgs: ['nordic-network'] }));
    expect(counts.get('aurora-oy')).toBe(index.recordsByOrganisation.get('aurora-oy')?.length);
  });

  it('applies the other filters', () => {
    const counts = organisationCounts(index.records, f({ types: ['delegation'] }));
    expect([...counts.keys()].every((id) => index.recordsByOrganisation.get(id)?.some((l) => l.record.type === 'delegation'))).toBe(true);
  });
});

describe('filterVocabulary and yearsWithRecords', () => {
  it('takes sector and organisation ids from the data', () => {
    const vocabulary = filterVocabulary(index);
    expect(vocabulary.sectors.has('healthcare')).toBe(true);
    expect(vocabulary.organisations.has('aurora-oy')).toBe(true);
    expect(vocabulary.organisations.has('healthcare')).toBe(false);
  });

  it('lists each year a record can fall in, once, ascending', () => {
    const years = yearsWithRecords(index.records);
    expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
    expect(years).toContain(2025);
  });
});

describe('organisationCounts on the real data', () => {
  const real = indexDataset(realData().dataset);
  // The plain definition: filter, then count each record once per organisation in it.
  const plainCounts = (filters: TimelineFilters) => {
    const tally = new Map<string, number>();
    for (const record of filterRecords(real.records, { ...filters, orgs: [] })) {
      for (const id of new Set(record.organisations.map((o) => o.id))) tally.set(id, (tally.get(id) ?? 0) + 1);
    }
    return tally;
  };

  it('equals the plain count for every kind of filter', () => {
    for (const filters of [
      f({}),
      f({ countries: ['FI'] }),
      f({ types: ['event'], sectors: ['energy'] }),
      f({ q: 'chengdu', orgs: ['kone'] }),
      f({ from: '2025', to: '2025-12' }),
    ]) {
      expect(organisationCounts(real.records, filters)).toEqual(plainCounts(filters));
    }
  });
});
