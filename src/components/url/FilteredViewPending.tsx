import './FilteredViewPending.css';

export interface FilteredViewPendingProps {
  /** What the unfiltered page lists, e.g. "every record". */
  everything: string;
}

/**
 * A prerendered list page holds the unfiltered list. Opened with filters in its URL, that is the wrong view:
 * until the app has rendered the filtered one, the inline script in the page's head (prerender.ts) marks the
 * page and the CSS shows this loading state instead of the results (elements with class filtered-view).
 * With JavaScript off, the notice says that filtering needs it, above the unfiltered list.
 */
export function FilteredViewPending({ everything }: FilteredViewPendingProps) {
  return (
    <>
      <noscript>
        <p className="filtered-view-notice">
          Filtering needs JavaScript. With JavaScript off, this page shows {everything}, whatever filters its address
          names.
        </p>
      </noscript>
      <p className="filtered-view-pending" role="status">
        Loading the filtered results…
      </p>
    </>
  );
}
