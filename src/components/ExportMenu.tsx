import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import type { TimelineRecord } from '../domain/dataset.ts';
import { recordsToCsv, csvMimeType } from '../domain/exports/csv.ts';
import type { ExportContext } from '../domain/exports/exportRecord.ts';
import { datasetFileName, exportFileName, type ExportFormat } from '../domain/exports/fileNames.ts';
import { calendarEvents, icsMimeType, recordsToIcs } from '../domain/exports/ics.ts';
import { jsonMimeType, recordsToJson, type ExportView } from '../domain/exports/json.ts';
import { siteName } from '../domain/pageMeta.ts';
import { dataUrl, useDatasetIndex } from '../store/datasetStore.ts';
import { absolutePageUrl, downloadFile } from './downloadFile.ts';
import './ExportMenu.css';

export interface ExportMenuProps {
  /** The records the page shows, in its order: what the files hold. */
  records: readonly TimelineRecord[];
  view: ExportView;
  /** Also offer the whole dataset (pages that have all of it loaded). */
  includeDataset?: boolean;
  /** Which edge of the button the panel lines up with, where the viewport leaves room. */
  align?: 'start' | 'end';
}

const viewportMargin = 12;

function DownloadIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
      <path d="M8 2v8M5 7l3 3 3-3M3 13.5h10" />
    </svg>
  );
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function calendarName(view: ExportView): string {
  if (view.kind === 'organisation') return `${view.organisation.name} · ${siteName}`;
  return view.filtered ? `Filtered timeline · ${siteName}` : siteName;
}

/**
 * "Download" disclosure: the page's records as CSV, JSON or an iCalendar file, and optionally
 * the whole dataset. Files are built when clicked, from what the page shows.
 */
export function ExportMenu({ records, view, includeDataset = false, align = 'start' }: ExportMenuProps) {
  const index = useDatasetIndex();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const panelId = `${id}-panel`;
  const icsNoteId = `${id}-ics-note`;
  const eventCount = calendarEvents(records).length;

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  // Line the open panel up with the button, then shift it so it stays inside the viewport
  // (on phones the button may sit anywhere in a wrapped row).
  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      const panel = panelRef.current;
      const root = rootRef.current;
      if (!panel || !root) return;
      const box = root.getBoundingClientRect();
      const width = panel.offsetWidth;
      const viewport = document.documentElement.clientWidth;
      const preferred = align === 'end' ? box.right - width : box.left;
      const left = Math.max(viewportMargin, Math.min(preferred, viewport - viewportMargin - width));
      panel.style.left = `${Math.round(left - box.left)}px`;
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [open, align]);

  const save = (format: ExportFormat) => {
    const context: ExportContext = { index, pageUrl: absolutePageUrl };
    const generated = new Date();
    const fileName = exportFileName(view, format);
    if (format === 'csv') downloadFile(fileName, recordsToCsv(records, context), csvMimeType);
    else if (format === 'json') {
      downloadFile(fileName, recordsToJson({ view, viewUrl: absolutePageUrl(location.pathname + location.search), records, context, generated }), jsonMimeType);
    } else downloadFile(fileName, recordsToIcs({ records, context, generated, calendarName: calendarName(view) }), icsMimeType);
    setStatus(`Downloading ${fileName}`);
  };

  const subject = view.kind === 'organisation' ? `${view.organisation.name}’s ${plural(records.length, 'record', 'records')}` : `The ${plural(records.length, 'record', 'records')} shown`;

  return (
    <div
      className="export-menu"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          toggleRef.current?.focus();
        }
      }}
      onBlur={(event) => {
        // Tabbing out of the panel closes it, so it never hangs over the page.
        if (open && event.relatedTarget instanceof Node && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        type="button"
        className="button"
        ref={toggleRef}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
          setStatus('');
        }}
      >
        <DownloadIcon />
        Download
        <svg className="export-menu__chevron" aria-hidden="true" viewBox="0 0 12 12" width="12" height="12" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
          <path d="M3 4.5l3 3 3-3" />
        </svg>
      </button>
      <div id={panelId} className="export-menu__panel" ref={panelRef} hidden={!open}>
        <p className="export-menu__intro">{subject}, as a file:</p>
        <ul className="export-menu__list">
          <li>
            <button type="button" className="button export-menu__option" disabled={records.length === 0} onClick={() => save('csv')}>
              <DownloadIcon />
              Download CSV
            </button>
            <span className="export-menu__hint">For spreadsheets: one row per record</span>
          </li>
          <li>
            <button type="button" className="button export-menu__option" disabled={records.length === 0} onClick={() => save('json')}>
              <DownloadIcon />
              JSON
            </button>
            <span className="export-menu__hint">For scripts: dates exactly as in the data</span>
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
              Calendar (.ics)
            </button>
            <span className="export-menu__hint" id={icsNoteId}>
              {eventCount === 0
                ? 'None of these records is a dated event. '
                : `${plural(eventCount, 'dated event', 'dated events')}, as all-day entries. `}
              Delegations and agreements are not calendar events and are left out, as are events without a known year;
              an event dated only to a month or year spans that whole month or year.
            </span>
          </li>
          {includeDataset && (
            <li className="export-menu__dataset">
              <a className="button export-menu__option" href={dataUrl('data/dataset.json')} download={datasetFileName}>
                <DownloadIcon />
                Whole dataset (JSON)
              </a>
              <span className="export-menu__hint">Every record, organisation, person, sector and source, as the atlas publishes it</span>
            </li>
          )}
        </ul>
      </div>
      <span role="status" className="visually-hidden">
        {status}
      </span>
    </div>
  );
}
