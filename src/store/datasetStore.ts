/**
 * The one store: what is not in the URL. The dataset loaded so far with its indexes (the
 * whole of it, or the slices the visited pages needed), the article texts fetched so far,
 * and UI preferences. Filter state never lives here.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import type { DatasetIndex } from '../domain/dataset/index.ts';
import { indexDataset } from '../domain/dataset/index.ts';
import { parseDataset, parseRawDataset } from '../domain/dataset/index.ts';
import { decodeSlice, hasRecord, mergeDatasets, organisationRecordsFolder, type SliceKind } from '../domain/publish/index.ts';
import type { Organisation, RawDataset } from '../domain/records/index.ts';
import { loadScriptConverter, translationsSchema, type Translations } from '../domain/i18n/index.ts';
import { decodeMapData, type EncodedMapData, type MapData } from '../domain/flows/index.ts';
import type { CountryPageData } from '../domain/publish/index.ts';

export interface DatasetState {
  index: DatasetIndex | null;
  /** True once the whole dataset is loaded, not just slices. */
  complete: boolean;
  /** Slices merged so far ("kind:id"). */
  slices: ReadonlySet<string>;
  sourceTexts: Record<string, string>;
  /** Our Simplified Chinese translations of the data's English, once a Chinese page has loaded them. */
  translations: Translations | null;
  /** The map's geometry and counted flows (data/map.json), once loaded. */
  mapData: MapData | null;
  /** Country pages' counts, by code. */
  countryPages: Record<string, CountryPageData>;
  /**
   * Organisations' names and sectors' labels known without their records: from the timeline's card shards and
   * page data, which carry names, not whole records. Looked up where the index has no such organisation.
   */
  organisationNames: ReadonlyMap<string, Pick<Organisation, 'id' | 'name' | 'names'>>;
  sectorLabels: ReadonlyMap<string, string>;
  addNames: (names: { organisations?: readonly Pick<Organisation, 'id' | 'name' | 'names'>[]; sectorLabels?: ReadonlyMap<string, string> }) => void;
  /** Whether the filter drawer is open on narrow screens. */
  filtersOpen: boolean;
  setFiltersOpen: (open: boolean) => void;
  /** Put the whole dataset in place. */
  setDataset: (raw: RawDataset) => DatasetIndex;
  /** Merge one page's slice into what is loaded. */
  addSlice: (key: string, raw: RawDataset) => DatasetIndex;
  setSourceText: (id: string, text: string) => void;
}

const initialState = {
  index: null,
  complete: false,
  slices: new Set<string>(),
  sourceTexts: {},
  translations: null,
  mapData: null,
  countryPages: {},
  organisationNames: new Map(),
  sectorLabels: new Map(),
  filtersOpen: false,
};

const datasetStore = createStore<DatasetState>()((set, get) => ({
  ...initialState,
  setFiltersOpen: (filtersOpen) => set({ filtersOpen }),
  addNames: ({ organisations = [], sectorLabels }) => {
    const known = get().organisationNames;
    const added = organisations.filter((o) => !known.has(o.id));
    set({
      ...(added.length > 0 ? { organisationNames: new Map([...known, ...added.map((o) => [o.id, o] as const)]) } : {}),
      ...(sectorLabels ? { sectorLabels } : {}),
    });
  },
  setDataset: (raw) => {
    const index = indexDataset(raw);
    set({ index, complete: true });
    return index;
  },
  addSlice: (key, raw) => {
    const { index: current, slices } = get();
    const index = indexDataset(current ? mergeDatasets(current.raw, raw) : raw);
    set({ index, slices: new Set([...slices, key]) });
    return index;
  },
  setSourceText: (id, text) => set((state) => ({ sourceTexts: { ...state.sourceTexts, [id]: text } })),
}));

/**
 * The store's React hook. Unlike zustand's own, its server snapshot is the current state, not
 * the initial one: prerendering fills the store before rendering, and the browser loads the
 * same data before hydrating, so both render from the data rather than from an empty store.
 * Selectors must return stable values (a slice of the state, not a new object).
 */
export const useDatasetStore = Object.assign(
  function useDatasetStore<T>(selector: (state: DatasetState) => T): T {
    const snapshot = () => selector(datasetStore.getState());
    return useSyncExternalStore(datasetStore.subscribe, snapshot, snapshot);
  },
  { getState: datasetStore.getState, setState: datasetStore.setState, subscribe: datasetStore.subscribe },
);

/** For tests: back to an empty store, with nothing cached or in flight. */
export function resetDatasetStore(): void {
  useDatasetStore.setState({ ...initialState, slices: new Set(), countryPages: {}, organisationNames: new Map(), sectorLabels: new Map() });
  fullInflight = null;
  mapInflight = null;
  recordsInflight.clear();
  namesCache = null;
  translationsInflight = null;
}

export const dataUrl = (path: string) => `${import.meta.env.BASE_URL}${path}`;

async function fetchJson(path: string): Promise<unknown | null> {
  const response = await fetch(dataUrl(path));
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`Could not load ${path} (HTTP ${response.status}).`);
  // Hosts that answer every path with index.html send HTML for a file that does not exist.
  if (!(response.headers.get('Content-Type') ?? '').includes('json')) return null;
  return response.json();
}

let fullInflight: Promise<DatasetIndex> | null = null;

/** Fetch, validate and index the whole dataset once (timeline, directory, sources list). */
export function ensureDataset(): Promise<DatasetIndex> {
  const { index, complete } = useDatasetStore.getState();
  if (index && complete) return Promise.resolve(index);
  // The script converter comes with the data: the search index folds Traditional and Simplified.
  fullInflight ??= Promise.all([fetchJson('data/dataset.json'), loadScriptConverter()])
    .then(([json]) => {
      if (json === null) throw new Error('The data file is missing (HTTP 404).');
      const index = parseDataset(json);
      useDatasetStore.setState({ index, complete: true });
      return index;
    })
    .finally(() => {
      fullInflight = null;
    });
  return fullInflight;
}

/**
 * The whole dataset's index where a page that shows part of the data offers all of it (the timeline's
 * exports and feeds): fetched when first asked for, null until it is in place.
 */
export function useWholeDataset(wanted: boolean): DatasetIndex | null {
  const whole = useDatasetStore((s) => (s.complete ? s.index : null));
  useEffect(() => {
    if (wanted && !whole) ensureDataset().catch(() => undefined);
  }, [wanted, whole]);
  return whole;
}

export const sliceUrlPath = (kind: SliceKind, id: string) => `data/slices/${kind}/${encodeURIComponent(id)}.json`;

/**
 * The part of the dataset one record's page needs: a deep link downloads that, not the
 * whole corpus. Resolves null when there is no such record.
 */
export async function ensureSlice(kind: SliceKind, id: string): Promise<DatasetIndex | null> {
  const { index, complete, slices } = useDatasetStore.getState();
  const key = `${kind}:${id}`;
  if (index && complete) return hasRecord(index, kind, id) ? index : null;
  if (index && slices.has(key)) return index;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return null;
  const [json] = await Promise.all([fetchJson(sliceUrlPath(kind, id)), loadScriptConverter()]);
  if (json === null) return null;
  return useDatasetStore.getState().addSlice(key, decodeSlice(json));
}

const recordsInflight = new Map<string, Promise<DatasetIndex | null>>();

/**
 * An organisation's records whole (its slice lists them as references), for its page's export: fetched when
 * the export menu opens. Resolves null when there is no such organisation, or it has no records.
 */
export async function ensureOrganisationRecords(id: string): Promise<DatasetIndex | null> {
  const { index, complete, slices } = useDatasetStore.getState();
  const key = `${organisationRecordsFolder}:${id}`;
  if (index && complete) return index.organisationsById.has(id) ? index : null;
  if (index && slices.has(key)) return index;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return null;
  // Closing and reopening the menu while the file is on its way waits for the same request.
  let inflight = recordsInflight.get(id);
  if (!inflight) {
    inflight = fetchJson(`data/slices/${organisationRecordsFolder}/${encodeURIComponent(id)}.json`)
      .then((json) => (json === null ? null : useDatasetStore.getState().addSlice(key, decodeSlice(json))))
      .finally(() => recordsInflight.delete(id));
    recordsInflight.set(id, inflight);
  }
  return inflight;
}

let mapInflight: Promise<MapData> | null = null;

/** The map's geometry and counted flows, fetched once (map and country pages). */
export function ensureMapData(): Promise<MapData> {
  const { mapData } = useDatasetStore.getState();
  if (mapData) return Promise.resolve(mapData);
  mapInflight ??= fetchJson('data/map.json')
    .then((json) => {
      if (json === null) throw new Error('The map data file is missing (HTTP 404).');
      const data = decodeMapData(json as EncodedMapData);
      useDatasetStore.setState({ mapData: data });
      return data;
    })
    .finally(() => {
      mapInflight = null;
    });
  return mapInflight;
}

/** Put a country page's data in place (prerendering, and the fetch below). */
export function addCountryPage(page: CountryPageData): void {
  const state = useDatasetStore.getState();
  useDatasetStore.setState({ countryPages: { ...state.countryPages, [page.code]: page } });
  if (!state.complete) state.addSlice(`country:${page.code}`, page.slice);
}

/** A country page's counts and latest records; null when no record involves the country. */
export async function ensureCountryPage(code: string): Promise<CountryPageData | null> {
  const cached = useDatasetStore.getState().countryPages[code];
  if (cached) return cached;
  if (!/^[A-Z]{2}$/.test(code)) return null;
  const json = await fetchJson(`data/countries/${code}.json`);
  if (json === null) return null;
  const page = { ...(json as CountryPageData), slice: parseRawDataset((json as CountryPageData).slice) };
  addCountryPage(page);
  return page;
}

export async function ensureSourceText(id: string): Promise<string> {
  const cached = useDatasetStore.getState().sourceTexts[id];
  if (cached !== undefined) return cached;
  const response = await fetch(dataUrl(`data/sources/${encodeURIComponent(id)}.txt`));
  if (!response.ok) throw new Error(`Could not load the article text (HTTP ${response.status}).`);
  const text = await response.text();
  useDatasetStore.getState().setSourceText(id, text);
  return text;
}

let translationsInflight: Promise<Translations | null> | null = null;

/** Our Simplified Chinese translations of the data (for the Chinese interface), fetched and checked once. */
export function ensureTranslations(): Promise<Translations | null> {
  const loaded = useDatasetStore.getState().translations;
  if (loaded) return Promise.resolve(loaded);
  translationsInflight ??= fetchJson('data/translations/zh-Hans.json').then((json) => {
    // Without translations the Chinese interface shows the English, marked as such: never a failure.
    const parsed = json === null ? null : translationsSchema.safeParse(json);
    const translations = parsed?.success ? parsed.data : null;
    useDatasetStore.setState({ translations });
    return translations;
  });
  return translationsInflight;
}

export const selectTranslations = (state: DatasetState) => state.translations;

export interface NameEntry {
  id: string;
  label: string;
  /** English display name, when `label` joins several names. */
  title?: string;
  /** The Chinese name or title the sources print. */
  zh?: string;
}

let namesCache: Promise<Record<SliceKind, NameEntry[]>> | null = null;

/** Every record's id and name, for "did you mean" on a not-found page. */
export function ensureNames(): Promise<Record<SliceKind, NameEntry[]>> {
  namesCache ??= fetchJson('data/names.json').then((json) => (json ?? {}) as Record<SliceKind, NameEntry[]>);
  return namesCache;
}

/** Narrow selectors. */
export const selectIndex = (state: DatasetState) => state.index;
export function useDatasetIndex(): DatasetIndex {
  const index = useDatasetStore(selectIndex);
  if (!index) throw new Error('The dataset is not loaded yet.');
  return index;
}
