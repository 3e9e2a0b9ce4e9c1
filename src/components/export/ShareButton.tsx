import { useState, useSyncExternalStore } from 'react';
import { useT } from '../i18n/index.ts';

const subscribeNever = () => () => {};
const browserCanShare = () => typeof navigator !== 'undefined' && typeof navigator.share === 'function';
// The server (and the first client render, while hydrating) has no navigator: no button.
const serverCanShare = () => false;

/**
 * "Share" through the system share sheet (Web Share API), only where the browser has one.
 * Shares the page's title and its full URL (filters included).
 */
export function ShareButton({ label }: { label?: string }) {
  const t = useT();
  const canShare = useSyncExternalStore(subscribeNever, browserCanShare, serverCanShare);
  const [failed, setFailed] = useState(false);
  if (!canShare) return null;
  const share = async () => {
    setFailed(false);
    try {
      await navigator.share({ title: document.title, url: window.location.href });
    } catch (error) {
      // The reader closed the share sheet: nothing went wrong. Checked by name, because a
      // DOMException is not an instance of Error in every environment.
      if ((error as { name?: unknown } | null)?.name === 'AbortError') return;
      setFailed(true);
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={share}>
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
          <path d="M8 10V2M5 5l3-3 3 3M3 8v5.5h10V8" />
        </svg>
        {label ?? t('Share')}
      </button>
      <span role="status" className="visually-hidden">
        {failed ? t('Could not share the link') : ''}
      </span>
    </>
  );
}
