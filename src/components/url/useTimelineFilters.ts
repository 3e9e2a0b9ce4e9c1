import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { filterVocabulary } from '../../domain/query/index.ts';
import { parseTimelineFilters, serializeTimelineFilters, type ParsedFilters, type TimelineFilters } from '../../domain/query/index.ts';
import { useDatasetIndex } from '../../store/datasetStore.ts';

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
export function useTimelineFilters(): TimelineFiltersApi {
  const index = useDatasetIndex();
  const [searchParams, setSearchParams] = useSearchParams();
  const vocabulary = useMemo(() => filterVocabulary(index), [index]);
  const parsed = useMemo(() => parseTimelineFilters(searchParams, vocabulary), [searchParams, vocabulary]);
  const setFilters = useCallback(
    (next: TimelineFilters, options: { replace?: boolean } = {}) =>
      setSearchParams(serializeTimelineFilters(next), {
        replace: options.replace ?? false,
        preventScrollReset: true,
        flushSync: !options.replace,
      }),
    [setSearchParams],
  );
  return { ...parsed, setFilters };
}
