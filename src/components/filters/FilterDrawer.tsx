import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import './FilterDrawer.css';
import { useT } from '../i18n/index.ts';

export interface FilterDrawerProps {
  open: boolean;
  onClose: () => void;
  /** The button that opened the drawer; focus returns to it on close. */
  returnFocusTo: RefObject<HTMLElement | null>;
  /** E.g. "Show 14 records". */
  doneLabel: string;
  children: ReactNode;
}

/**
 * The filters on narrow screens: a modal side sheet built on <dialog>, which gives the
 * focus trap, Escape to close and an inert page behind it.
 */
export function FilterDrawer({ open, onClose, returnFocusTo, doneLabel, children }: FilterDrawerProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const t = useT();
  const headingId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  const handleClose = () => {
    onClose();
    returnFocusTo.current?.focus();
  };
  // Closing goes through the dialog so Escape, the backdrop and the buttons all end in its close event.
  const close = () => {
    const dialog = ref.current;
    if (dialog && typeof dialog.close === 'function') dialog.close();
    else handleClose();
  };

  return (
    <dialog
      ref={ref}
      className="filter-drawer"
      aria-labelledby={headingId}
      onClose={handleClose}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself; the sheet's content covers the rest.
        if (event.target === event.currentTarget) close();
      }}
    >
      <div className="filter-drawer__sheet">
        <div className="filter-drawer__header">
          <h2 id={headingId} className="filter-drawer__heading">
            {t('Filters')}
          </h2>
          <button type="button" className="button" onClick={() => close()}>
            {t('Close')}
          </button>
        </div>
        <div className="filter-drawer__body">{children}</div>
        <div className="filter-drawer__footer">
          <button type="button" className="button button--primary" onClick={() => close()}>
            {doneLabel}
          </button>
        </div>
      </div>
    </dialog>
  );
}
