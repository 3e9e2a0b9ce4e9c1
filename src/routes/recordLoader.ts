import { data } from 'react-router';
import type { SliceKind } from '../domain/publish/index.ts';
import { suggestClosest, type Candidate } from '../domain/search/index.ts';
import { dataUrl, ensureCountryPage, ensureDataset, ensureMapData, ensureNames, ensureSlice, useDatasetStore } from '../store/datasetStore.ts';
import { coverageFile, type CoverageFile } from '../domain/dataset/index.ts';
import { needsRecords } from '../domain/flows/index.ts';
import { parseTimelineFilters } from '../domain/query/index.ts';
import { firstRenderedRows } from '../domain/timelineCards/index.ts';

export type RecordKind = SliceKind;

/** What a 404 thrown by a record loader carries, for the not-found page. */
export interface MissingRecord {
  kind: RecordKind;
  id: string;
  suggestions: Candidate[];
}

/**
 * Route loader for a record page: loads that record's slice of the dataset and answers
 * 404, with close matches by name, for an unknown id.
 */
export function recordLoader(kind: RecordKind) {
  return async ({ params }: { params: { id?: string } }) => {
    const id = params.id ?? '';
    const index = await ensureSlice(kind, id);
    if (!index) {
      const names = await ensureNames();
      const suggestions = suggestClosest(id, names[kind] ?? []);
      throw data({ kind, id, suggestions } satisfies MissingRecord, { status: 404, statusText: 'Not Found' });
    }
    return null;
  };
}

/** Route loader for the pages that list everything (timeline, directory, sources). */
export async function wholeDatasetLoader() {
  await ensureDataset();
  return null;
}

/**
 * Route loader for the About page: the counted coverage and the list of articles, from the small
 * data/coverage.json the build writes, not the whole corpus. When the whole dataset is loaded already
 * (the prerenderer, or a page that needed every record, such as an export), the same figures are counted from it.
 */
export async function aboutLoader(): Promise<CoverageFile> {
  const { index, complete } = useDatasetStore.getState();
  if (index && complete) return coverageFile(index);
  const response = await fetch(dataUrl('data/coverage.json'));
  if (!response.ok || !(response.headers.get('Content-Type') ?? '').includes('json')) {
    throw new Error(`Could not load data/coverage.json (HTTP ${response.status}).`);
  }
  return (await response.json()) as CoverageFile;
}

/**
 * Route loader for the timeline: its page data, the columnar index's answer for the URL's filters, and the
 * cards of the rows the first render shows, all before the page renders, so hydration finds what the
 * prerenderer rendered. Never the whole dataset.
 */
export async function timelineLoader({ request }: { request: Request }) {
  const { search } = new URL(request.url);
  // Its own chunk (the timeline page's, which the prerendered page preloads), not every page's first-render code.
  const { ensureCards, ensurePickerOrganisations, ensureTimelineAnswer, ensureTimelinePage } = await import('../store/timelineQueries.ts');
  // The answer starts at once, for the filters as written; ids the data does not know are then dropped.
  const asWritten = parseTimelineFilters(search).filters;
  const namesOrganisations = asWritten.orgs.length > 0 || asWritten.excluded.orgs.length > 0;
  const [page, , organisations] = await Promise.all([ensureTimelinePage(), ensureTimelineAnswer(asWritten), namesOrganisations ? ensurePickerOrganisations() : []]);
  const vocabulary = { sectors: new Set(Object.keys(page.sectorLabels)), organisations: new Set(organisations.map((o) => o.id)) };
  const answer = await ensureTimelineAnswer(parseTimelineFilters(search, vocabulary).filters);
  await ensureCards(firstRenderedRows(answer.rows));
  return null;
}

/** Route loader for any path no route matches: a real 404, for the router and for static hosts. */
export function notFoundLoader(): never {
  throw data(null, { status: 404, statusText: 'Not Found' });
}

/** Route loader for the map: its counted rows, and the records too when the filters need them. */
export async function mapLoader({ request }: { request: Request }) {
  await ensureMapData();
  const { filters } = parseTimelineFilters(new URL(request.url).search, undefined, ['by', 'layer']);
  if (needsRecords(filters)) await ensureDataset();
  return null;
}

/** Route loader for a country page: its counts and latest records, and the map; 404 for a country no record involves. */
export async function countryLoader({ params }: { params: { code?: string } }) {
  const [page] = await Promise.all([ensureCountryPage((params.code ?? '').toUpperCase()), ensureMapData()]);
  if (!page) throw data(null, { status: 404, statusText: 'Not Found' });
  return null;
}
