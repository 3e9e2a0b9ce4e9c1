import { useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * The row sizes each history entry's list had measured when the reader left it. Back and Forward then lay
 * the list out as it was, so the restored scroll position (ScrollRestoration in RootLayout) shows the same
 * rows rather than the ones estimated sizes would put there.
 */
const measuredByHistoryEntry = new Map<string, VirtualItem[]>();
const maxRememberedEntries = 50;

function remember(entry: string, items: VirtualItem[]): void {
  measuredByHistoryEntry.delete(entry);
  measuredByHistoryEntry.set(entry, items);
  if (measuredByHistoryEntry.size > maxRememberedEntries) measuredByHistoryEntry.delete(measuredByHistoryEntry.keys().next().value!);
}

export interface WindowedListOptions {
  count: number;
  estimateSize: (index: number) => number;
  getItemKey: (index: number) => string;
  overscan?: number;
}

/**
 * A list scrolled with the page, of which only the rows near the viewport are rendered.
 * The first window is the same on the server and in the browser's first render, so a
 * prerendered page hydrates without a mismatch. Put `listRef` on the list element and
 * `ref={placeRow(item.start)}` on each row.
 *
 * The list's height and the rows' positions are set from script (`element.style`), never as style
 * attributes: the Content-Security-Policy allows none (no `style-src 'unsafe-inline'`). In the
 * prerendered HTML, and with JavaScript off, the first window's rows simply flow one after another.
 */
export function useWindowedList<E extends HTMLElement>({ count, estimateSize, getItemKey, overscan = 8 }: WindowedListOptions) {
  const listRef = useRef<E>(null);
  const entry = useLocation().key;
  const [scrollMargin, setScrollMargin] = useState(0);
  // Where the list starts on the page; re-measured when the list changes (a small drift from
  // content above it only shifts which rows count as near the viewport, which overscan absorbs).
  useLayoutEffect(() => {
    setScrollMargin(listRef.current ? listRef.current.getBoundingClientRect().top + window.scrollY : 0);
  }, [count]);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize,
    overscan,
    scrollMargin,
    initialRect: { width: 1280, height: 900 },
    getItemKey,
    initialMeasurementsCache: measuredByHistoryEntry.get(entry) ?? [],
  });
  useEffect(() => () => remember(entry, virtualizer.measurementsCache), [entry, virtualizer]);
  // After every render: the total height changes as rows are measured.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    list.style.position = 'relative';
    list.style.height = `${virtualizer.getTotalSize()}px`;
  });
  /** A row's ref: puts the row at its place in the list, then measures it (null: the virtualizer forgets rows that left). */
  const placeRow = (start: number) => (row: HTMLElement | null) => {
    if (row) Object.assign(row.style, { position: 'absolute', top: '0', left: '0', width: '100%', transform: `translateY(${start - scrollMargin}px)` });
    virtualizer.measureElement(row);
  };
  return { listRef, virtualizer, placeRow };
}
