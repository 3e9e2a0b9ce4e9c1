import type { DirectoryRow } from '../../domain/query/index.ts';
import { useWindowedList } from '../windowing/index.ts';
import { DirectoryRowContent } from './DirectoryRowContent.tsx';

/** The directory's rows for long lists: only those near the viewport are rendered. */
export function WindowedDirectoryList({ rows }: { rows: readonly DirectoryRow[] }) {
  const { listRef, virtualizer, placeRow } = useWindowedList<HTMLUListElement>({
    count: rows.length,
    estimateSize: () => 52,
    overscan: 10,
    getItemKey: (i) => rows[i]!.organisation.id,
  });
  return (
    <ul ref={listRef} className="directory-list directory-list--windowed">
      {virtualizer.getVirtualItems().map((item) => (
        <li
          key={item.key}
          data-index={item.index}
          ref={placeRow(item.start)}
          className="directory-row"
          aria-posinset={item.index + 1}
          aria-setsize={rows.length}
        >
          <DirectoryRowContent row={rows[item.index]!} />
        </li>
      ))}
    </ul>
  );
}
