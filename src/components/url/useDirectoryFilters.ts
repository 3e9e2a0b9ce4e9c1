import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseDirectoryFilters, serializeDirectoryFilters, type DirectoryFilters } from '../../domain/query/index.ts';
import { useDatasetIndex } from '../../store/datasetStore.ts';

/**
 * The directory's one URL boundary: parses the query into typed filters and writes them
 * back (replace while typing, push for every other change so Back undoes it).
 */
export function useDirectoryFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const index = useDatasetIndex();
  const sectorIds = useMemo(() => new Set(index.sectorsById.keys()), [index]);
  const parsed = useMemo(() => parseDirectoryFilters(searchParams, sectorIds), [searchParams, sectorIds]);
  const update = useCallback(
    (next: DirectoryFilters, options: { replace?: boolean } = {}) =>
      // flushSync for picks: in a transition, the select would show its old value until the list re-rendered.
      setSearchParams(serializeDirectoryFilters(next), {
        replace: options.replace ?? false,
        preventScrollReset: true,
        flushSync: !options.replace,
      }),
    [setSearchParams],
  );
  return { ...parsed, update };
}
