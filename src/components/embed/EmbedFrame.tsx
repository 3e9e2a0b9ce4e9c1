import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';
import './Embed.css';
import { usePaths, useT } from '../i18n/index.ts';

/** Links leave the iframe: the full atlas opens in a new tab, never inside the host's page. */
export const newTab = { target: '_blank', rel: 'noopener' } as const;

/**
 * The frame of an embedded view: a one-line heading linking to the full view, the content and a
 * credit line. No navigation, filters or footer of the site.
 */
export function EmbedFrame({ title, fullPath, fullLabel, children }: { title: string; fullPath: string; fullLabel: string; children: ReactNode }) {
  const t = useT();
  const paths = usePaths();
  useEffect(() => {
    // As RootLayout does: the app answers now (also what the end-to-end tests wait for).
    const html = document.documentElement;
    delete html.dataset.loading;
    html.dataset.hydrated = '';
  }, []);
  return (
    <main className="embed">
      <header className="embed__header">
        <h1 className="embed__title">{title}</h1>
        <Link className="embed__full" to={fullPath} {...newTab}>
          {fullLabel}
          <span className="visually-hidden"> {t('(opens in a new tab)')}</span>
        </Link>
      </header>
      {children}
      <p className="embed__credit">
        <Link to={paths.timeline()} {...newTab}>
          {t('Trade Mission Atlas')}
        </Link>
        {' · '}
        {t('Every record is backed by verbatim quotes from its source articles.')}
      </p>
    </main>
  );
}
