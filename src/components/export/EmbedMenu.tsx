import { lazy, Suspense } from 'react';
import { MenuDisclosure } from './MenuDisclosure.tsx';
import { useT } from '../i18n/index.ts';

const loadPanel = () => import('./EmbedPanel.tsx');
const EmbedPanel = lazy(() => loadPanel().then((module) => ({ default: module.EmbedPanel })));

/**
 * "Embed": a ready iframe snippet of this view's compact embed (no site chrome; its links open the
 * full atlas in a new tab), for a news page or an intranet.
 */
export function EmbedMenu({ embedPath, title, align = 'start' }: { embedPath: string; title: string; align?: 'start' | 'end' }) {
  const t = useT();
  return (
    <MenuDisclosure
      className="embed-menu"
      align={align}
      onIntent={() => void loadPanel()}
      label={
        <>
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
            <path d="M5.5 4 1.5 8l4 4M10.5 4l4 4-4 4" />
          </svg>
          {t('Embed')}
        </>
      }
    >
      <Suspense fallback={<p className="export-menu__intro">{t('Preparing the embed code…')}</p>}>
        <EmbedPanel embedPath={embedPath} title={title} />
      </Suspense>
    </MenuDisclosure>
  );
}
