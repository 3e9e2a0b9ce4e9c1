import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { filterVocabulary } from '../../domain/query/index.ts';
import { parseTimelineFilters, serializeTimelineFilters, type FilterVocabulary, type ParsedFilters, type TimelineFilters } from '../../domain/query/index.ts';
import { selectIndex, useDatasetStore } from '../../store/datasetStore.ts';

export interface TimelineFiltersOptions {
  /** The page's own parameters beside the filters (the map's table order, its layers), kept when filters change. */
  pageParams?: readonly string[];
  /**
   * False where the page has not loaded every sector and organisation (the map works from counted rows):
   * ids are then taken as given rather than checked against a partial list.
   */
  checkIds?: boolean;
  /** The ids to check against, where the page knows them without the dataset (the timeline's page data). */
  vocabulary?: FilterVocabulary;
}

const noPageParams: readonly string[] = [];

function withPageParams(query: string, current: URLSearchParams, pageParams: readonly string[]): string {
  const params = new URLSearchParams(query);
  for (const name of pageParams) for (const value of current.getAll(name)) params.append(name, value);
  return params.toString();
}

export interface TimelineFiltersApi extends ParsedFilters {
  /**
   * Write filters to the URL in canonical form. A new history entry by default, so Back
   * undoes it; `replace` for keystrokes, so Back does not step through every letter.
   * A click renders at once (flushSync): in a transition, a ticked box would show unticked
   * for the frames the re-render takes. Keystrokes stay interruptible transitions.
   */
  setFilters: (next: TimelineFilters, options?: { replace?: boolean }) => void;
}

/**
 * The one place the timeline reads its filters: the URL's search params, parsed against
 * the loaded data's vocabulary. Nothing else holds filter state.
 */
export function useTimelineFilters(options: TimelineFiltersOptions = {}): TimelineFiltersApi {
  const index = useDatasetStore(selectIndex);
  const [searchParams, setSearchParams] = useSearchParams();
  const given = options.vocabulary;
  const vocabulary = useMemo(
    () => (options.checkIds === false ? undefined : (given ?? (index ? filterVocabulary(index) : undefined))),
    [index, options.checkIds, given],
  );
  const pageParams = options.pageParams ?? noPageParams;
  const parsed = useMemo(() => parseTimelineFilters(searchParams, vocabulary, pageParams), [searchParams, vocabulary, pageParams]);
  const setFilters = useCallback(
    (next: TimelineFilters, options: { replace?: boolean } = {}) =>
      setSearchParams(withPageParams(serializeTimelineFilters(next), searchParams, pageParams), {
        replace: options.replace ?? false,
        preventScrollReset: true,
        flushSync: !options.replace,
      }),
    [setSearchParams, searchParams, pageParams],
  );
  return { ...parsed, setFilters };
}
