import './FilteredViewPending.css';
import { useT } from '../i18n/index.ts';

export interface FilteredViewPendingProps {
  /** What the unfiltered page lists: every record (the timeline) or every organisation (the directory). */
  lists: 'records' | 'organisations';
}

/**
 * A prerendered list page holds the unfiltered list. Opened with filters in its URL, that is the wrong view:
 * until the app has rendered the filtered one, the inline script in the page's head (prerender.ts) marks the
 * page and the CSS shows this loading state instead of the results (elements with class filtered-view).
 * With JavaScript off, the notice says that filtering needs it, above the unfiltered list.
 */
export function FilteredViewPending({ lists }: FilteredViewPendingProps) {
  const t = useT();
  return (
    <>
      <noscript>
        <p className="filtered-view-notice">
          {lists === 'records'
            ? t('Filtering needs JavaScript. With JavaScript off, this page shows every record, whatever filters its address names.')
            : t('Filtering needs JavaScript. With JavaScript off, this page shows every organisation, whatever filters its address names.')}
        </p>
      </noscript>
      <p className="filtered-view-pending" role="status">
        {t('Loading the filtered results…')}
      </p>
    </>
  );
}
