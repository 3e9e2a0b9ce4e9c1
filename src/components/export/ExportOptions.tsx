import { useId, useMemo } from 'react';
import { useLocation } from 'react-router';
import type { TimelineRecord } from '../../domain/dataset/index.ts';
import { recordsToCsv, csvMimeType } from '../../domain/publish/exports/index.ts';
import type { ExportContext } from '../../domain/publish/exports/index.ts';
import { datasetFileName, exportFileName, type ExportFormat } from '../../domain/publish/exports/index.ts';
import { calendarEvents, icsMimeType, recordsToIcs } from '../../domain/publish/exports/index.ts';
import { jsonMimeType, recordsToJson, type ExportView } from '../../domain/publish/exports/index.ts';
import { siteName } from '../../domain/publish/index.ts';
import { dataUrl, useDatasetIndex } from '../../store/datasetStore.ts';
import { absolutePageUrl, downloadFile } from './downloadFile.ts';
import { DownloadIcon } from '../ui/index.ts';
import { useT } from '../i18n/index.ts';

export interface ExportOptionsProps {
  records: readonly TimelineRecord[];
  view: ExportView;
  includeDataset: boolean;
  /** Says what is being downloaded, in the menu's status region. */
  onStatus: (message: string) => void;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function calendarName(view: ExportView): string {
  if (view.kind === 'organisation') return `${view.organisation.name} · ${siteName}`;
  return view.filtered ? `Filtered timeline · ${siteName}` : siteName;
}

/**
 * The export menu's choices and the file builders behind them: loaded when the menu first
 * opens, so pages do not carry the CSV, JSON and iCalendar writers in their first download.
 */
export function ExportOptions({ records, view, includeDataset, onStatus }: ExportOptionsProps) {
  const t = useT();
  const index = useDatasetIndex();
  const location = useLocation();
  const icsNoteId = `${useId()}-ics-note`;
  // Counted only while the menu is open: at 100,000 records this is not free.
  const eventCount = useMemo(() => calendarEvents(records).length, [records]);

  const save = (format: ExportFormat) => {
    const context: ExportContext = { index, pageUrl: absolutePageUrl };
    const generated = new Date();
    const fileName = exportFileName(view, format);
    if (format === 'csv') downloadFile(fileName, recordsToCsv(records, context), csvMimeType);
    else if (format === 'json') {
      downloadFile(fileName, recordsToJson({ view, viewUrl: absolutePageUrl(location.pathname + location.search), records, context, generated }), jsonMimeType);
    } else downloadFile(fileName, recordsToIcs({ records, context, generated, calendarName: calendarName(view) }), icsMimeType);
    onStatus(`Downloading ${fileName}`);
  };

  const subject = view.kind === 'organisation' ? `${view.organisation.name}’s ${plural(records.length, 'record', 'records')}` : `The ${plural(records.length, 'record', 'records')} shown`;

  return (
    <>
      <p className="export-menu__intro">{subject}, as a file:</p>
      <ul className="export-menu__list">
        <li>
          <button type="button" className="button export-menu__option" disabled={records.length === 0} onClick={() => save('csv')}>
            <DownloadIcon />
            Download CSV
          </button>
          <span className="export-menu__hint">{t('For spreadsheets: one row per record')}</span>
        </li>
        <li>
          <button type="button" className="button export-menu__option" disabled={records.length === 0} onClick={() => save('json')}>
            <DownloadIcon />
            JSON
          </button>
          <span className="export-menu__hint">{t('For scripts: dates exactly as in the data')}</span>
        </li>
        <li>
          <button
            type="button"
            className="button export-menu__option"
            disabled={eventCount === 0}
            aria-describedby={icsNoteId}
            onClick={() => save('ics')}
          >
            <DownloadIcon />
            {t('Calendar (.ics)')}
          </button>
          <span className="export-menu__hint" id={icsNoteId}>
            {eventCount === 0
              ? t('None of these records is a dated event. ')
              : `${plural(eventCount, 'dated event', 'dated events')}, as all-day entries. `}
            Delegations and agreements are not calendar events and are left out, as are events without a known year;
            an event dated only to a month or year spans that whole month or year.
          </span>
        </li>
        {includeDataset && (
          <li className="export-menu__dataset">
            <a className="button export-menu__option" href={dataUrl('data/dataset.json')} download={datasetFileName}>
              <DownloadIcon />
              {t('Whole dataset (JSON)')}
            </a>
            <span className="export-menu__hint">{t('Every record, organisation, person, sector and source, as the atlas publishes it')}</span>
          </li>
        )}
      </ul>
    </>
  );
}
