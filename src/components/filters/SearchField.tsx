import { useId, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { useT } from '../i18n/index.ts';

export interface SearchFieldProps {
  /** The search as the URL has it. */
  value: string;
  onChange: (value: string) => void;
}

/**
 * The timeline's text search. The input is uncontrolled so fast typing never races the
 * URL update it causes; it takes the URL's value whenever that changes from elsewhere
 * (Back/Forward, a removed chip, "Clear all") rather than from the person typing in it.
 */
export function SearchField({ value, onChange }: SearchFieldProps) {
  const id = useId();
  const t = useT();
  const hintId = useId();
  const ref = useRef<HTMLInputElement>(null);
  const navigationType = useNavigationType();
  const { key } = useLocation();
  useLayoutEffect(() => {
    const input = ref.current;
    if (!input || input.value === value) return;
    const typing = document.activeElement === input && navigationType !== 'POP';
    if (!typing) input.value = value;
  }, [value, navigationType, key]);
  return (
    <div className="search-field" role="search">
      <label htmlFor={id}>{t('Search')}</label>
      <input
        ref={ref}
        id={id}
        type="search"
        defaultValue={value}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      <p id={hintId} className="search-field__hint">
        {t('Titles, organisations, people and places, in any script. Words match from their start; Chinese, Japanese and Korean match anywhere in a word.')}
      </p>
    </div>
  );
}
