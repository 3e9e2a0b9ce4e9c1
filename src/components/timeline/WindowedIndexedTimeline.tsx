import { useEffect, useMemo } from 'react';
import { useWindowedList } from '../windowing/index.ts';
import { useT, useVocabulary } from '../i18n/index.ts';
import { CardOrPlaceholder } from './CardOrPlaceholder.tsx';
import { indexedRows, type IndexedTimelineProps } from './indexedRows.ts';

/**
 * The timeline page's long list: month headings and cards as one windowed sequence of rows, measured as they
 * render. The cards of the rows in the window are asked for as the window moves; tabbing to the last rendered
 * card scrolls it into view, which renders the next ones, so keyboard users can go through the whole list.
 */
export function WindowedIndexedTimeline({ rows, groups, cards, onShowRows, leadOrganisations }: IndexedTimelineProps) {
  const t = useT();
  const words = useVocabulary();
  const list = useMemo(() => indexedRows(rows, groups), [rows, groups]);
  const { listRef, virtualizer, placeRow } = useWindowedList<HTMLDivElement>({
    count: list.length,
    estimateSize: (i) => (list[i]!.kind === 'heading' ? 44 : 180),
    overscan: 6,
    getItemKey: (i) => {
      const item = list[i]!;
      return item.kind === 'heading' ? `heading:${item.key}` : `row:${item.row}`;
    },
  });
  const items = virtualizer.getVirtualItems();
  const shown = items.flatMap((item) => {
    const entry = list[item.index]!;
    return entry.kind === 'card' ? [entry.row] : [];
  });
  const missing = shown.filter((row) => !cards.has(row));
  const missingKey = missing.join(',');
  useEffect(() => {
    if (missing.length > 0) onShowRows(missing);
  }, [missingKey]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <div ref={listRef} className="timeline timeline--windowed" aria-label={t('{count, plural, one {# record} other {# records}}', { count: rows.length })} role="region">
      {items.map((item) => {
        const entry = list[item.index]!;
        return (
          <div key={item.key} data-index={item.index} ref={placeRow(item.start)} className="timeline__row">
            {entry.kind === 'heading' ? (
              <h2 className="timeline__heading timeline__heading--windowed">{words.timelineGroup(entry.key)}</h2>
            ) : (
              <div className="timeline__windowed-card" aria-posinset={entry.position} aria-setsize={rows.length} role="group">
                <CardOrPlaceholder card={cards.get(entry.row)} leadOrganisations={leadOrganisations} />
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
