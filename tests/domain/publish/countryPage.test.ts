import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset/index.ts';
import { countriesWithPages, countriesWithRecords, countryPageData } from '../../../src/domain/publish/index.ts';
import { realData } from '../../support/realData.ts';

describe('country pages', () => {
  const index = indexDataset(realData().dataset);

  it('exist for every country a record involves, then for every other country an organisation comes from', () => {
    const withRecords = countriesWithRecords(index);
    const pages = countriesWithPages(index);
    expect(pages.slice(0, withRecords.length)).toEqual(withRecords);
    const organisationCountries = new Set(index.raw.organisations.flatMap((o) => (o.country ? [o.country] : [])));
    for (const code of organisationCountries) expect(pages).toContain(code);
    expect(new Set(pages).size).toBe(pages.length);
  });

  it('give a country known only from an organisation no records and that organisation', () => {
    const thailand = countryPageData(index, 'TH')!;
    expect(thailand.recordCount).toBe(0);
    expect(thailand.organisations).toEqual([['chiang-mai-university', 0]]);
  });

  it('list organisations in records first, by record count', () => {
    const finland = countryPageData(index, 'FI')!;
    const counts = finland.organisations.map(([, count]) => count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(0);
  });

  it('do not exist for a country nothing names', () => {
    expect(countryPageData(index, 'ZZ')).toBeNull();
  });
});
