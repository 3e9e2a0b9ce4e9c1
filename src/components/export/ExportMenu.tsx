import { lazy, Suspense, useState } from 'react';
import type { ExportView } from '../../domain/publish/exports/index.ts';
import { DownloadIcon } from '../ui/index.ts';
import './ExportMenu.css';
import { useT } from '../i18n/index.ts';
import { MenuDisclosure } from './MenuDisclosure.tsx';
import type { ExportedRecords } from './ExportOptions.tsx';

const loadOptions = () => import('./ExportOptions.tsx');
const ExportOptions = lazy(() => loadOptions().then((module) => ({ default: module.ExportOptions })));

export interface ExportMenuProps {
  /**
   * The records the page shows, in its order: what the files hold. Or their rows in the whole dataset's
   * timeline order (the timeline's answer), for a page that has not loaded the records: the whole dataset
   * is then fetched when the menu opens. Or, on an organisation's page, whose slice lists its records only
   * as cards, the organisation: its records are fetched whole when the menu opens.
   */
  records: ExportedRecords;
  view: ExportView;
  /** Also offer the whole dataset (pages that have all of it loaded). */
  includeDataset?: boolean;
  /** Which edge of the button the panel lines up with, where the viewport leaves room. */
  align?: 'start' | 'end';
}

/**
 * "Download" disclosure: the page's records as CSV, JSON or an iCalendar file, and optionally
 * the whole dataset. Files are built when clicked, from what the page shows.
 */
export function ExportMenu({ records, view, includeDataset = false, align = 'start' }: ExportMenuProps) {
  const t = useT();
  const [status, setStatus] = useState('');
  return (
    <MenuDisclosure
      align={align}
      onIntent={() => void loadOptions()}
      onOpen={() => setStatus('')}
      label={
        <>
          <DownloadIcon />
          {t('Download')}
        </>
      }
      after={
        <span role="status" className="visually-hidden">
          {status}
        </span>
      }
    >
      {/* Rendered only while open: the choices count calendar events, which is not free at 100,000 records. */}
      <Suspense fallback={<p className="export-menu__intro">{t('Preparing the download options…')}</p>}>
        <ExportOptions records={records} view={view} includeDataset={includeDataset} onStatus={setStatus} />
      </Suspense>
    </MenuDisclosure>
  );
}
