/**
 * What a country's page loads (data/countries/<CC>.json): how many records involve the country, the
 * organisations from it by record count (those in no record last), and a slice with its latest records. Its flows come from the
 * map's rows, so at any corpus size the file stays small.
 */
import type { DatasetIndex } from '../dataset/index.ts';
import type { RawDataset } from '../records/index.ts';
import { sliceDataset } from './slices.ts';

/** The latest records a country page lists; the timeline filtered to the country has them all. */
export const countryPageRecordLimit = 50;

export interface CountryPageData {
  code: string;
  recordCount: number;
  /** Organisation id and its number of records, most first. */
  organisations: Array<[id: string, records: number]>;
  slice: RawDataset;
}

/** Countries that some record involves, most records first. */
export function countriesWithRecords(index: DatasetIndex): string[] {
  return [...index.countryRecordCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code);
}

/**
 * Countries that get a page: those some record involves (most records first), then those only an
 * organisation comes from, so that no country label in the atlas links to a missing page.
 */
export function countriesWithPages(index: DatasetIndex): string[] {
  const withRecords = countriesWithRecords(index);
  const seen = new Set(withRecords);
  const organisationOnly = [...new Set(index.raw.organisations.flatMap((o) => (o.country !== null && !seen.has(o.country) ? [o.country] : [])))];
  return [...withRecords, ...organisationOnly.sort()];
}

export function countryPageData(index: DatasetIndex, code: string): CountryPageData | null {
  const recordCount = index.countryRecordCounts.get(code) ?? 0;
  if (recordCount === 0 && !index.raw.organisations.some((o) => o.country === code)) return null;
  const latest = index.records.filter((r) => r.countries.includes(code)).slice(0, countryPageRecordLimit);
  const organisations: Array<[string, number]> = index.raw.organisations
    .filter((o) => o.country === code)
    .map((o): [string, number] => [o.id, index.recordsByOrganisation.get(o.id)?.length ?? 0])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const slice = sliceDataset(index, {
    records: latest.map((r) => ({ type: r.type, id: r.id })),
    organisations: organisations.slice(0, 100).map(([id]) => id),
    people: [],
    sources: [],
    allSources: false,
    // A country's file names its organisations in full (the list above), as before.
    referenceOthers: false,
    series: [],
  });
  return { code, recordCount, organisations, slice };
}
