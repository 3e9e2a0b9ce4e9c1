/**
 * The timeline's data: its answers (domain/timelineIndex), asked of a Web Worker in the browser, of the same
 * engine in this thread where there is no Worker (prerendering, tests); and what the page shows besides
 * (domain/timelineCards): the page data, the cards of the rows on screen, the organisations' names. The last
 * answer stays on screen while the next one is pending; answers to queries asked since are dropped when they
 * arrive late. The timeline page's own store: no other page loads it.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import { hasActiveFilters, parseTimelineFilters, serializeTimelineFilters, type TimelineFilters } from '../domain/query/index.ts';
import type { TimelineAnswer } from '../domain/timelineIndex/index.ts';
import type { FileSource, TimelineEngine, TimelineQuery } from '../domain/timelineIndex/index.ts';
import { shardOfRow, timelinePageDataPath, type CardShard, type PickerOrganisation, type TimelineCard, type TimelinePageData } from '../domain/timelineCards/index.ts';
import { useDatasetStore } from './datasetStore.ts';
import type { WorkerRequest, WorkerResponse } from './timelineWorker.ts';

export type { TimelineQuery } from '../domain/timelineIndex/index.ts';

interface Answered {
  key: string;
  answer: TimelineAnswer;
}

interface TimelineState {
  current: Answered | null;
  /** The page data (scope counts, years, facet totals, where the shards are). */
  page: TimelinePageData | null;
  /** Cards loaded so far, by row. */
  cards: ReadonlyMap<number, TimelineCard>;
  /** Every organisation's names, for the picker and the chips; null until asked for. */
  organisations: readonly PickerOrganisation[] | null;
}

const emptyState = (): TimelineState => ({ current: null, page: null, cards: new Map(), organisations: null });

const answers = createStore<TimelineState>()(emptyState);

const keyOf = ({ filters, organisations = false }: TimelineQuery) => `${serializeTimelineFilters(filters)}${organisations ? '&organisations' : ''}`;
const filtersKeyOf = (key: string) => key.replace(/&organisations$/, '');

async function fetchBytes(path: string): Promise<ArrayBuffer> {
  const response = await fetch(`${import.meta.env.BASE_URL}${path}`);
  if (!response.ok) throw new Error(`Could not load ${path} (HTTP ${response.status}).`);
  return response.arrayBuffer();
}

let fileSource: FileSource = fetchBytes;
let inThread: TimelineEngine | null = null;
let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, { resolve: (answer: TimelineAnswer) => void; reject: (error: Error) => void }>();
let latestKey: string | null = null;

/** Where the engine in this thread reads the index's files (the prerenderer: from the build's data). */
export function setTimelineFileSource(source: FileSource | null): void {
  fileSource = source ?? fetchBytes;
  inThread = null;
}

/** Whether answers come from a Web Worker (the browser) or the engine in this thread (prerendering, tests). */
const inWorker = () => typeof Worker !== 'undefined' && typeof window !== 'undefined' && !import.meta.env.SSR;

function startWorker(): Worker {
  const started = new Worker(new URL('./timelineWorker.ts', import.meta.url), { type: 'module' });
  started.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const response = event.data;
    const pending = waiting.get(response.id);
    waiting.delete(response.id);
    if (!pending) return;
    if ('error' in response) pending.reject(new Error(response.error));
    else pending.resolve(response.answer);
  };
  return started;
}

function askWorker(query: TimelineQuery): Promise<TimelineAnswer> {
  worker ??= startWorker();
  const id = (nextId += 1);
  const base = new URL(import.meta.env.BASE_URL, window.location.href).href;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker!.postMessage({ id, base, query } satisfies WorkerRequest);
  });
}

/**
 * The engine in this thread, loaded on demand: in the browser the worker has its own copy, and the page's
 * first-render JavaScript does not carry a second one.
 */
async function engine(): Promise<TimelineEngine> {
  if (inThread) return inThread;
  const source = fileSource;
  const { TimelineEngine: Engine } = await import('../domain/timelineIndex/index.ts');
  // A reset or a new file source meanwhile wins.
  if (source === fileSource) inThread ??= new Engine(source);
  return inThread ?? new Engine(source);
}

/** Asks for the answer to a query and puts it in place, unless a later query was asked meanwhile. */
export async function requestTimelineAnswer(query: TimelineQuery): Promise<TimelineAnswer> {
  const key = keyOf(query);
  latestKey = key;
  const answer = inWorker() ? await askWorker(query) : await (await engine()).answer(query);
  if (latestKey === key) answers.setState({ current: { key, answer } });
  return answer;
}

/** Route loader's part: the answer for the URL's filters is there before the page renders (and hydrates). */
export async function ensureTimelineAnswer(filters: TimelineFilters): Promise<TimelineAnswer> {
  const current = answers.getState().current;
  if (current && filtersKeyOf(current.key) === serializeTimelineFilters(filters)) return current.answer;
  return requestTimelineAnswer({ filters });
}

async function fetchJson<T>(path: string): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await fileSource(path))) as T;
}

let pageInflight: Promise<TimelinePageData> | null = null;

/** The page data, fetched once; its sector labels go to the store, where sector tags look them up. */
export function ensureTimelinePage(): Promise<TimelinePageData> {
  const loaded = answers.getState().page;
  if (loaded) return Promise.resolve(loaded);
  pageInflight ??= fetchJson<TimelinePageData>(timelinePageDataPath).then((page) => {
    answers.setState({ page });
    useDatasetStore.getState().addNames({ sectorLabels: new Map(Object.entries(page.sectorLabels)) });
    return page;
  });
  return pageInflight;
}

const shardsInflight = new Map<number, Promise<void>>();

/** The cards of these rows: their shards, fetched once each, all at the same time. */
export async function ensureCards(rows: Iterable<number>): Promise<void> {
  const page = await ensureTimelinePage();
  const { cards } = answers.getState();
  const shards = new Set<number>();
  for (const row of rows) if (!cards.has(row)) shards.add(shardOfRow(row, page.cards.size));
  await Promise.all(
    [...shards].map((shard) => {
      let loading = shardsInflight.get(shard);
      if (!loading) {
        const file = page.cards.files[shard];
        if (!file) return Promise.resolve();
        loading = fetchJson<CardShard>(file).then(({ first, cards: shardCards, organisations }) => {
          // Names first: a card that renders finds its organisations' names in place.
          useDatasetStore.getState().addNames({ organisations });
          const next = new Map(answers.getState().cards);
          shardCards.forEach((card, i) => next.set(first + i, card));
          answers.setState({ cards: next });
        });
        loading.catch(() => shardsInflight.delete(shard));
        shardsInflight.set(shard, loading);
      }
      return loading;
    }),
  );
}

let organisationsInflight: Promise<readonly PickerOrganisation[]> | null = null;

/** Every organisation's names (the picker finds by them; chips name the ticked ones), fetched once. */
export function ensurePickerOrganisations(): Promise<readonly PickerOrganisation[]> {
  const loaded = answers.getState().organisations;
  if (loaded) return Promise.resolve(loaded);
  organisationsInflight ??= ensureTimelinePage()
    .then((page) => fetchJson<PickerOrganisation[]>(page.organisations))
    .then((organisations) => {
      answers.setState({ organisations });
      useDatasetStore.getState().addNames({ organisations });
      return organisations;
    });
  return organisationsInflight;
}

const useTimelineState = <T>(selector: (state: TimelineState) => T): T => {
  const snapshot = () => selector(answers.getState());
  return useSyncExternalStore(answers.subscribe, snapshot, snapshot);
};

/** The page data; the route loader has fetched it before the page renders. */
export function useTimelinePage(): TimelinePageData {
  const page = useTimelineState((s) => s.page);
  if (!page) throw new Error('The timeline page data is not loaded: its route loader fetches it.');
  return page;
}

export const useTimelineCards = () => useTimelineState((s) => s.cards);
export const usePickerOrganisations = () => useTimelineState((s) => s.organisations);

/** For tests and the prerenderer: no answers, no cards, no engine, no worker. */
export function resetTimelineQueries(): void {
  answers.setState(emptyState());
  pageInflight = null;
  organisationsInflight = null;
  shardsInflight.clear();
  inThread = null;
  latestKey = null;
  worker?.terminate();
  worker = null;
  waiting.clear();
}

export interface TimelineView {
  answer: TimelineAnswer;
  /** The filters changed and their answer has not arrived: `answer` is the previous one. */
  pending: boolean;
  /** Whether `answer` is for filters with any active (while pending, the previous filters'), so its count is worded for it. */
  filtered: boolean;
}

/**
 * The answer for the query, or the last one while it is on its way. Where the engine runs in this thread and
 * has everything the query needs, the answer is worked out during render, with no round trip.
 */
export function useTimelineAnswer(query: TimelineQuery): TimelineView {
  const current = useTimelineState((s) => s.current);
  const key = keyOf(query);
  const now = useMemo(() => (!inWorker() && inThread && current?.key !== key ? inThread.answerNow(query) : null), [key, current]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (current?.key !== key && now === null) requestTimelineAnswer(query).catch(() => undefined);
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps
  const answeredKey = current ? filtersKeyOf(current.key) : '';
  const answeredFiltered = useMemo(() => hasActiveFilters(parseTimelineFilters(answeredKey).filters), [answeredKey]);
  if (now) return { answer: now, pending: false, filtered: hasActiveFilters(query.filters) };
  if (!current) throw new Error('The timeline has no answer yet: its route loader asks for the first.');
  return { answer: current.answer, pending: answeredKey !== filtersKeyOf(key), filtered: answeredFiltered };
}
