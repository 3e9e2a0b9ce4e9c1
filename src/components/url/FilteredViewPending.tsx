import './FilteredViewPending.css';
import { useDatasetStore } from '../../store/datasetStore.ts';
import { directoryWindowingThreshold, recordListWindowingThreshold } from '../../domain/query/index.ts';
import { useT } from '../i18n/index.ts';

export interface FilteredViewPendingProps {
  /** What the unfiltered page lists: every record (the timeline) or every organisation (the directory). */
  lists: 'records' | 'organisations';
}

/**
 * Whether the unfiltered list is long enough to be windowed: its prerendered HTML then holds only the
 * rows near the top, and the notice must not promise the whole list.
 */
function useUnfilteredListIsWindowed(lists: FilteredViewPendingProps['lists']): boolean {
  return useDatasetStore((state) =>
    lists === 'records'
      ? (state.index?.records.length ?? 0) > recordListWindowingThreshold
      : (state.index?.raw.organisations.length ?? 0) > directoryWindowingThreshold,
  );
}

/**
 * A prerendered list page holds the unfiltered list. Opened with filters in its URL, that is the wrong view:
 * until the app has rendered the filtered one, the inline script in the page's head (prerender.ts) marks the
 * page and the CSS shows this loading state instead of the results (elements with class filtered-view).
 * With JavaScript off, the notice says that filtering needs it, above the unfiltered list, and how much of
 * that list the page holds.
 */
export function FilteredViewPending({ lists }: FilteredViewPendingProps) {
  const t = useT();
  const windowed = useUnfilteredListIsWindowed(lists);
  const notice =
    lists === 'records'
      ? windowed
        ? t('Filtering needs JavaScript. With JavaScript off, this page shows only the first records of the full list, whatever filters its address names.')
        : t('Filtering needs JavaScript. With JavaScript off, this page shows every record, whatever filters its address names.')
      : windowed
        ? t('Filtering needs JavaScript. With JavaScript off, this page shows only the first organisations of the full list, whatever filters its address names.')
        : t('Filtering needs JavaScript. With JavaScript off, this page shows every organisation, whatever filters its address names.');
  return (
    <>
      <noscript>
        <p className="filtered-view-notice">{notice}</p>
      </noscript>
      <p className="filtered-view-pending" role="status">
        {t('Loading the filtered results…')}
      </p>
    </>
  );
}
