import { useId, useMemo, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { TimelineRecord } from '../../domain/dataset/index.ts';
import { recordsToCsv, csvMimeType } from '../../domain/publish/exports/index.ts';
import type { ExportContext } from '../../domain/publish/exports/index.ts';
import { datasetFileName, exportFileName, type ExportFormat } from '../../domain/publish/exports/index.ts';
import { calendarEvents, icsMimeType, recordsToIcs } from '../../domain/publish/exports/index.ts';
import { jsonMimeType, recordsToJson, type ExportView } from '../../domain/publish/exports/index.ts';
import { dataUrl, selectIndex, useDatasetStore, useWholeDataset } from '../../store/datasetStore.ts';
import { absolutePageUrl, downloadFile } from './downloadFile.ts';
import { DownloadIcon } from '../ui/index.ts';
import { useExportWording } from './useExportWording.ts';
import { useOrganisationRecords } from './useOrganisationRecords.ts';
import { useLocalisePath, useOrganisationName, useT } from '../i18n/index.ts';

/** What the files hold (see ExportMenu). */
export type ExportedRecords = readonly TimelineRecord[] | { rows: Int32Array } | { organisation: string };

export interface ExportOptionsProps {
  /** The records, their rows in the whole dataset's timeline order, or the organisation whose records are fetched whole (see ExportMenu). */
  records: ExportedRecords;
  view: ExportView;
  includeDataset: boolean;
  /** Says what is being downloaded, in the menu's status region. */
  onStatus: (message: string) => void;
}

const noRecords: readonly TimelineRecord[] = [];

/**
 * The export menu's choices and the file builders behind them: loaded when the menu first
 * opens, so pages do not carry the CSV, JSON and iCalendar writers in their first download.
 */
export function ExportOptions({ records: given, view, includeDataset, onStatus }: ExportOptionsProps) {
  const t = useT();
  const organisationName = useOrganisationName();
  const wording = useExportWording();
  const localise = useLocalisePath();
  const calendarName =
    view.kind === 'organisation'
      ? t('{name} · Trade Mission Atlas', { name: organisationName(view.organisation).text })
      : view.filtered
        ? t('Filtered timeline · Trade Mission Atlas')
        : t('Trade Mission Atlas');
  const loaded = useDatasetStore(selectIndex);
  // Rows stand for records of the whole dataset, fetched when the menu first opens.
  const byRows = 'rows' in given ? given.rows : null;
  const wholeIndex = useWholeDataset(byRows !== null);
  // An organisation's page has its records only as cards: fetched whole when the menu first opens.
  const organisationRecords = useOrganisationRecords('organisation' in given ? given.organisation : null);
  const fetched = organisationRecords?.state === 'loaded' ? organisationRecords : null;
  const index = byRows ? wholeIndex : organisationRecords ? fetched?.index : loaded;
  const records = useMemo(() => {
    if ('rows' in given) return wholeIndex ? Array.from(given.rows, (row) => wholeIndex.records[row]!) : noRecords;
    if ('organisation' in given) return fetched ? fetched.records : noRecords;
    return given;
  }, [given, wholeIndex, fetched]);
  const location = useLocation();
  const icsNoteId = `${useId()}-ics-note`;
  // Counted only while the menu is open: at 100,000 records this is not free.
  const eventCount = useMemo(() => calendarEvents(records).length, [records]);
  if (organisationRecords?.state === 'failed') return <p className="export-menu__intro">{t('The records could not be loaded for download. Check your connection and open the menu again.')}</p>;
  if (!index) return <p className="export-menu__intro">{t('Preparing the download options…')}</p>;

  const save = (format: ExportFormat) => {
    // Links in the file lead to the pages in the language the file is written in.
    const context: ExportContext = { index, pageUrl: (routerPath) => absolutePageUrl(localise(routerPath)), wording };
    const generated = new Date();
    const fileName = exportFileName(view, format);
    if (format === 'csv') downloadFile(fileName, recordsToCsv(records, context), csvMimeType);
    else if (format === 'json') {
      downloadFile(fileName, recordsToJson({ view, viewUrl: absolutePageUrl(location.pathname + location.search), records, context, generated }), jsonMimeType);
    } else downloadFile(fileName, recordsToIcs({ records, context, generated, calendarName }), icsMimeType);
    onStatus(t('Downloading {file}', { file: fileName }));
  };

  return (
    <>
      <p className="export-menu__intro">
        {view.kind === 'organisation'
          ? t('{name}’s {count, plural, one {# record} other {# records}}, as a file:', { name: organisationName(view.organisation).text, count: records.length })
          : t('The {count, plural, one {# record} other {# records}} shown, as a file:', { count: records.length })}
      </p>
      <ul className="export-menu__list">
        <DownloadOption label={t('Download CSV')} hint={t('For spreadsheets: one row per record')} disabled={records.length === 0} onClick={() => save('csv')} />
        <DownloadOption label={t('JSON')} hint={t('For scripts: dates exactly as in the data')} disabled={records.length === 0} onClick={() => save('json')} />
        <DownloadOption
          label={t('Calendar (.ics)')}
          hintId={icsNoteId}
          hint={
            <>
              {eventCount === 0
                ? t('None of these records is a dated event.')
                : t('{count, plural, one {# dated event} other {# dated events}}, as all-day entries.', { count: eventCount })}{' '}
              {t(
                'Delegations and agreements are not calendar events and are left out, as are events without a known year; an event dated only to a month or year spans that whole month or year.',
              )}
            </>
          }
          disabled={eventCount === 0}
          onClick={() => save('ics')}
        />
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

/** One file the menu offers: its button and what the file is for; the hint describes the button when it has an id. */
function DownloadOption({ label, hint, hintId, disabled, onClick }: { label: string; hint: ReactNode; hintId?: string; disabled: boolean; onClick: () => void }) {
  return (
    <li>
      <button type="button" className="button export-menu__option" disabled={disabled} aria-describedby={hintId} onClick={onClick}>
        <DownloadIcon />
        {label}
      </button>
      <span className="export-menu__hint" id={hintId}>
        {hint}
      </span>
    </li>
  );
}
