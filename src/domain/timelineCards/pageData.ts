/**
 * What the timeline page needs besides the index's answers, in one small file at a fixed path: the scope
 * sentence's counts, the years the date fields offer, the facets' totals and sector labels, and where the
 * card shards and the organisations' names are. Written by the build, read before the first render.
 */
import { datasetCoverage, type Coverage, type DatasetIndex } from '../dataset/index.ts';
import { facetTotals, yearsWithRecords, type FacetTotals } from '../query/index.ts';
import type { Organisation } from '../records/index.ts';

export const timelinePageDataPath = 'data/timeline/page.json';

/** An organisation as the picker finds it (any of its names or aliases) and the chips name it. */
export type PickerOrganisation = Pick<Organisation, 'id' | 'name' | 'names' | 'aliases'>;

export interface TimelinePageData {
  rows: number;
  coverage: Coverage;
  years: number[];
  totals: { countries: Record<string, number>; origins: Record<string, number>; hosts: Record<string, number>; sectors: Record<string, number> };
  sectorLabels: Record<string, string>;
  /** The card shards (cards.ts): rows per shard, and each shard's file by path from the site's base. */
  cards: { size: number; files: string[] };
  /** The file of every organisation's names (PickerOrganisation[]), fetched when the picker or a chip needs them. */
  organisations: string;
}

export function timelinePageData(index: DatasetIndex, files: { cards: TimelinePageData['cards']; organisations: string }): TimelinePageData {
  const totals = facetTotals(index);
  return {
    rows: index.records.length,
    coverage: datasetCoverage(index),
    years: yearsWithRecords(index.records),
    totals: {
      countries: Object.fromEntries(totals.countries),
      origins: Object.fromEntries(totals.origins),
      hosts: Object.fromEntries(totals.hosts),
      sectors: Object.fromEntries(totals.sectors),
    },
    sectorLabels: Object.fromEntries(totals.sectorLabels),
    ...files,
  };
}

/** The facets' totals as the options want them. */
export function pageFacetTotals(data: TimelinePageData): FacetTotals {
  return {
    countries: new Map(Object.entries(data.totals.countries)),
    origins: new Map(Object.entries(data.totals.origins)),
    hosts: new Map(Object.entries(data.totals.hosts)),
    sectors: new Map(Object.entries(data.totals.sectors)),
    sectorLabels: new Map(Object.entries(data.sectorLabels)),
  };
}

export const pickerOrganisation = ({ id, name, names, aliases }: Organisation): PickerOrganisation => ({ id, name, names, aliases });
