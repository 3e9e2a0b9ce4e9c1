import { useEffect, useRef } from 'react';
import type { FilterChip } from '../../domain/query/index.ts';
import './ActiveFilterChips.css';
import { useT } from '../i18n/index.ts';

export interface ActiveFilterChipsProps {
  chips: readonly FilterChip[];
  onRemove: (chip: FilterChip) => void;
  onClearAll: () => void;
  /** Where focus goes once the last chip is gone. */
  focusWhenEmpty?: () => void;
}

/**
 * Active filters as buttons that remove them. Removing one moves focus to its neighbour
 * instead of dropping it on the page.
 */
export function ActiveFilterChips({ chips, onRemove, onClearAll, focusWhenEmpty }: ActiveFilterChipsProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const t = useT();
  const pendingFocus = useRef<number | null>(null);
  const chipIds = chips.map((c) => c.id).join('\n');

  useEffect(() => {
    const position = pendingFocus.current;
    if (position === null) return;
    pendingFocus.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('.chip');
    if (buttons && buttons.length > 0) buttons[Math.min(position, buttons.length - 1)]!.focus();
    else focusWhenEmpty?.();
  }, [chipIds, focusWhenEmpty]);

  if (chips.length === 0) return null;
  return (
    <div className="chips">
      <ul className="chips__list" ref={listRef} aria-label={t('Active filters')}>
        {chips.map((chip, i) => (
          <li key={chip.id}>
            <button
              type="button"
              className="chip"
              aria-label={t('Remove filter: {facet} {value}', { facet: t(chip.facet), value: chip.value })}
              onClick={() => {
                pendingFocus.current = i;
                onRemove(chip);
              }}
            >
              <span className="chip__facet">{t(chip.facet)}</span> <span className="chip__value">{chip.value}</span>
              <svg className="chip__icon" aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
                <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              </svg>
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            className="chips__clear"
            onClick={() => {
              pendingFocus.current = 0;
              onClearAll();
            }}
          >
            {t('Clear all')}
          </button>
        </li>
      </ul>
    </div>
  );
}
