import { useState } from 'react';
import { ShareButton } from './ShareButton.tsx';
import { useT } from '../i18n/index.ts';

/**
 * Copies the current page's full URL (filters included), and says so to screen readers.
 * Followed by a "Share" button where the browser has a share sheet (`share={false}` to leave it out).
 */
export function CopyLinkButton({ label: givenLabel, share = true }: { label?: string; share?: boolean }) {
  const t = useT();
  const label = givenLabel ?? t('Copy link');
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    window.setTimeout(() => setStatus('idle'), 2500);
  };
  return (
    <>
      <button type="button" className="button" onClick={copy}>
        {status === 'copied' ? t('Link copied') : label}
      </button>
      <span role="status" className="visually-hidden">
        {status === 'copied' ? t('Link copied to the clipboard') : status === 'failed' ? t('Could not copy the link') : ''}
      </span>
      {share && <ShareButton />}
    </>
  );
}
