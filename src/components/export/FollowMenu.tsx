import { lazy, Suspense } from 'react';
import type { FeedScope } from '../../domain/publish/feeds/index.ts';
import { MenuDisclosure } from './MenuDisclosure.tsx';
import { useT } from '../i18n/index.ts';

const loadPanel = () => import('./FollowPanel.tsx');
const FollowPanel = lazy(() => loadPanel().then((module) => ({ default: module.FollowPanel })));

function FeedIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
      <path d="M3 3a10 10 0 0 1 10 10M3 7.5A5.5 5.5 0 0 1 8.5 13" />
      <circle cx="3.8" cy="12.2" r="1.1" fill="currentColor" stroke="none" />
    </svg>
  );
}

/**
 * "Follow": the addresses of the Atom feeds for the page's countries, organisations or sectors (all records
 * when none), and what a feed reader does with them. Feeds are static files written at build time.
 */
export function FollowMenu({
  scopes,
  note,
  align = 'start',
  whole = false,
}: {
  scopes: readonly FeedScope[];
  note?: string;
  align?: 'start' | 'end';
  /** The page has not loaded the whole dataset, which says which feeds exist: fetch it when the menu opens. */
  whole?: boolean;
}) {
  const t = useT();
  return (
    <MenuDisclosure
      className="follow-menu"
      align={align}
      onIntent={() => void loadPanel()}
      label={
        <>
          <FeedIcon />
          {t('Follow')}
        </>
      }
    >
      <Suspense fallback={<p className="export-menu__intro">{t('Finding the feeds…')}</p>}>
        <FollowPanel scopes={scopes} note={note} whole={whole} />
      </Suspense>
    </MenuDisclosure>
  );
}
