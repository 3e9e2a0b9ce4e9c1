/**
 * The one store: what is not in the URL. The loaded dataset with its indexes, the
 * article texts fetched so far, and UI preferences. Filter state never lives here.
 */
import { create } from 'zustand';
import type { DatasetIndex } from '../domain/dataset.ts';
import { indexDataset } from '../domain/dataset.ts';
import { parseDataset } from '../domain/loadDataset.ts';
import type { RawDataset } from '../domain/types.ts';

export interface DatasetState {
  index: DatasetIndex | null;
  sourceTexts: Record<string, string>;
  /** Whether the filter drawer is open on narrow screens. */
  filtersOpen: boolean;
  setFiltersOpen: (open: boolean) => void;
  setDataset: (raw: RawDataset) => DatasetIndex;
  setSourceText: (id: string, text: string) => void;
}

const initialState = { index: null, sourceTexts: {}, filtersOpen: false };

export const useDatasetStore = create<DatasetState>()((set) => ({
  ...initialState,
  setFiltersOpen: (filtersOpen) => set({ filtersOpen }),
  setDataset: (raw) => {
    const index = indexDataset(raw);
    set({ index });
    return index;
  },
  setSourceText: (id, text) => set((state) => ({ sourceTexts: { ...state.sourceTexts, [id]: text } })),
}));

/** For tests: back to an empty store. */
export function resetDatasetStore(): void {
  useDatasetStore.setState(initialState);
}

const dataUrl = (path: string) => `${import.meta.env.BASE_URL}${path}`;

let inflight: Promise<DatasetIndex> | null = null;

/** Fetch, validate and index the dataset once; later calls reuse it. Used by route loaders. */
export function ensureDataset(): Promise<DatasetIndex> {
  const loaded = useDatasetStore.getState().index;
  if (loaded) return Promise.resolve(loaded);
  inflight ??= fetch(dataUrl('data/dataset.json'))
    .then((response) => {
      if (!response.ok) throw new Error(`Could not load the data (HTTP ${response.status}).`);
      return response.json() as Promise<unknown>;
    })
    .then((json) => {
      const index = parseDataset(json);
      useDatasetStore.setState({ index });
      return index;
    })
    .finally(() => {
      inflight = null;
    });
  return inflight;
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

/** Narrow selectors. */
export const selectIndex = (state: DatasetState) => state.index;
export function useDatasetIndex(): DatasetIndex {
  const index = useDatasetStore(selectIndex);
  if (!index) throw new Error('The dataset is not loaded yet.');
  return index;
}
