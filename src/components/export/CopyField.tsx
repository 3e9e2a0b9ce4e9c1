import { useId, useState } from 'react';
import { useT } from '../i18n/index.ts';

/**
 * A read-only text (a feed address, an iframe snippet) with a button that copies it: the reader can
 * also select it by hand, which is why it is a real field rather than text in a button.
 */
export function CopyField({ label, value, multiline = false, copyLabel }: { label: string; value: string; multiline?: boolean; copyLabel: string }) {
  const t = useT();
  const id = useId();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  const select = (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => event.currentTarget.select();
  return (
    <div className="copy-field">
      <label htmlFor={id} className="copy-field__label">
        {label}
      </label>
      {multiline ? (
        <textarea id={id} className="copy-field__value" readOnly rows={4} value={value} onFocus={select} />
      ) : (
        <input id={id} className="copy-field__value" readOnly value={value} onFocus={select} />
      )}
      <button type="button" className="button copy-field__button" onClick={copy}>
        {status === 'copied' ? t('Copied') : copyLabel}
      </button>
      <span role="status" className="visually-hidden">
        {status === 'copied' ? t('Copied to the clipboard') : status === 'failed' ? t('Could not copy; select the text and copy it by hand') : ''}
      </span>
    </div>
  );
}
