import { lazy, Suspense, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { TimelineRecord } from '../../domain/dataset/index.ts';
import type { ExportView } from '../../domain/publish/exports/index.ts';
import { DownloadIcon } from '../ui/index.ts';
import './ExportMenu.css';
import { useT } from '../i18n/index.ts';

const loadOptions = () => import('./ExportOptions.tsx');
const ExportOptions = lazy(() => loadOptions().then((module) => ({ default: module.ExportOptions })));

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

/**
 * "Download" disclosure: the page's records as CSV, JSON or an iCalendar file, and optionally
 * the whole dataset. Files are built when clicked, from what the page shows.
 */
export function ExportMenu({ records, view, includeDataset = false, align = 'start' }: ExportMenuProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const panelId = `${id}-panel`;

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
        onPointerEnter={() => void loadOptions()}
        onFocus={() => void loadOptions()}
        onClick={() => {
          setOpen(!open);
          setStatus('');
        }}
      >
        <DownloadIcon />
        {t('Download')}
        <svg className="export-menu__chevron" aria-hidden="true" viewBox="0 0 12 12" width="12" height="12" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
          <path d="M3 4.5l3 3 3-3" />
        </svg>
      </button>
      <div id={panelId} className="export-menu__panel" ref={panelRef} hidden={!open}>
        {/* Rendered only while open: the choices count calendar events, which is not free at 100,000 records. */}
        {open && (
          <Suspense fallback={<p className="export-menu__intro">{t('Preparing the download options…')}</p>}>
            <ExportOptions records={records} view={view} includeDataset={includeDataset} onStatus={setStatus} />
          </Suspense>
        )}
      </div>
      <span role="status" className="visually-hidden">
        {status}
      </span>
    </div>
  );
}
