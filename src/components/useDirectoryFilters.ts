import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseDirectoryFilters, serializeDirectoryFilters, type DirectoryFilters } from '../domain/directoryFilters.ts';
import { useDatasetIndex } from '../store/datasetStore.ts';

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
      setSearchParams(serializeDirectoryFilters(next), { replace: options.replace ?? false, preventScrollReset: true }),
    [setSearchParams],
  );
  return { ...parsed, update };
}
