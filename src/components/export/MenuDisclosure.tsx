import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import './ExportMenu.css';

export interface MenuDisclosureProps {
  /** The button's content (icon and words). */
  label: ReactNode;
  /** The panel's content, rendered only while open (so its cost and its code wait for the click). */
  children: ReactNode;
  align?: 'start' | 'end';
  /** Called as it opens (e.g. to clear a status message). */
  onOpen?: () => void;
  /** Warm up lazily loaded panel code when the pointer or focus reaches the button. */
  onIntent?: () => void;
  className?: string;
  /** Rendered after the panel, inside the menu (e.g. a status region). */
  after?: ReactNode;
}

const viewportMargin = 12;

/**
 * A button with a panel under it: closes on Escape (focus back on the button), on a click outside
 * and when focus leaves it; lines up with the button and stays inside the viewport on phones.
 */
export function MenuDisclosure({ label, children, align = 'start', onOpen, onIntent, className = '', after }: MenuDisclosureProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = `${useId()}-panel`;

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

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
      className={`export-menu ${className}`.trim()}
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          toggleRef.current?.focus();
        }
      }}
      onBlur={(event) => {
        if (open && event.relatedTarget instanceof Node && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        type="button"
        className="button"
        ref={toggleRef}
        aria-expanded={open}
        aria-controls={panelId}
        onPointerEnter={onIntent}
        onFocus={onIntent}
        onClick={() => {
          if (!open) onOpen?.();
          setOpen(!open);
        }}
      >
        {label}
        <svg className="export-menu__chevron" aria-hidden="true" viewBox="0 0 12 12" width="12" height="12" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
          <path d="M3 4.5l3 3 3-3" />
        </svg>
      </button>
      <div id={panelId} className="export-menu__panel" ref={panelRef} hidden={!open}>
        {open && children}
      </div>
      {after}
    </div>
  );
}
