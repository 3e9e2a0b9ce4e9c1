import { directoryWindowingThreshold, type DirectoryRow } from '../../domain/query/index.ts';
import { Suspense } from 'react';
import { lazyComponent } from '../ui/index.ts';
import { DirectoryRowContent } from './DirectoryRowContent.tsx';
import './OrganisationDirectory.css';

/** The windowed list and the windowing library: loaded only when the directory is long enough to need them. */
const WindowedDirectoryList = lazyComponent(
  'src/components/organisations/WindowedDirectoryList.tsx',
  async () => (await import('./WindowedDirectoryList.tsx')).WindowedDirectoryList,
);

/** The directory's rows: all of them for short lists, a window of them for long ones. */
export function OrganisationDirectoryList({ rows }: { rows: readonly DirectoryRow[] }) {
  if (rows.length > directoryWindowingThreshold) {
    return (
      <Suspense>
        <WindowedDirectoryList rows={rows} />
      </Suspense>
    );
  }
  return (
    <ul className="directory-list">
      {rows.map((row) => (
        <li key={row.organisation.id} className="directory-row">
          <DirectoryRowContent row={row} />
        </li>
      ))}
    </ul>
  );
}
