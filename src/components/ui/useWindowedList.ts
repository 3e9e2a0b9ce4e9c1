import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';

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
 * `offset(item)` in each row's translateY.
 */
export function useWindowedList<E extends HTMLElement>({ count, estimateSize, getItemKey, overscan = 8 }: WindowedListOptions) {
  const listRef = useRef<E>(null);
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
  });
  return { listRef, virtualizer, offset: (start: number) => start - scrollMargin };
}
