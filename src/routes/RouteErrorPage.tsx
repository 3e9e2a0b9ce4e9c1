import { isRouteErrorResponse, Link, useLocation, useRouteError } from 'react-router';
import { NotFoundMessage } from '../components/ui/index.ts';
import type { MissingRecord } from './recordLoader.ts';
import { useLocale, usePaths, useRecordText, useT } from '../components/i18n/index.ts';
import { msg, toSimplifiedScript, type TranslatableFile } from '../domain/i18n/index.ts';
import type { Paths } from '../domain/paths.ts';

/** What is missing, worded whole per kind, so each language can say it its own way. */
const missingTitles = {
  organisation: msg('No organisation “{id}”'),
  event: msg('No event “{id}”'),
  delegation: msg('No delegation “{id}”'),
  agreement: msg('No agreement “{id}”'),
  source: msg('No source “{id}”'),
  series: msg('No series “{id}”'),
} as const;

const missingDetails = {
  organisation: msg('There is no organisation with the id “{id}” in the atlas.'),
  event: msg('There is no event with the id “{id}” in the atlas.'),
  delegation: msg('There is no delegation with the id “{id}” in the atlas.'),
  agreement: msg('There is no agreement with the id “{id}” in the atlas.'),
  source: msg('There is no source with the id “{id}” in the atlas.'),
  series: msg('There is no series with the id “{id}” in the atlas.'),
} as const;

function linkFor(paths: Paths, kind: MissingRecord['kind'], id: string): string {
  if (kind === 'source') return paths.source(id);
  if (kind === 'series') return paths.series(id);
  return kind === 'organisation' ? paths.organisation(id) : paths.record(kind, id);
}

/**
 * The error boundary of every route: a missing record becomes a not-found page with close
 * matches, and any render failure a readable message with a way back.
 */
export function RouteErrorPage() {
  const paths = usePaths();
  const t = useT();
  const error = useRouteError();
  const { pathname } = useLocation();
  const locale = useLocale();
  const recordText = useRecordText();
  /** A suggestion's name in the interface language: the sources' Chinese in Simplified, else our translation, else the English. */
  const suggestionLabel = (kind: MissingRecord['kind'], candidate: MissingRecord['suggestions'][number]) => {
    if (locale === 'en') return candidate.label;
    if (candidate.zh) return toSimplifiedScript(candidate.zh);
    const file: TranslatableFile = kind === 'series' ? 'series' : `${kind}s`;
    return recordText(file, candidate.id, kind === 'organisation' ? 'name' : 'title', candidate.title ?? candidate.label).text;
  };

  if (isRouteErrorResponse(error) && error.status === 404) {
    const missing = error.data as Partial<MissingRecord> | undefined;
    if (missing?.kind && missing.id !== undefined) {
      const suggestions = (missing.suggestions ?? []).map((c) => ({
        label: suggestionLabel(missing.kind!, c),
        to: linkFor(paths, missing.kind!, c.id),
      }));
      return (
        <NotFoundMessage
          title={t(missingTitles[missing.kind], { id: missing.id })}
          detail={t(missingDetails[missing.kind], { id: missing.id })}
          suggestions={suggestions}
        />
      );
    }
    return <NotFoundMessage title={t('Page not found')} detail={t('There is no page at {path}.', { path: pathname })} />;
  }

  const message = error instanceof Error ? error.message : isRouteErrorResponse(error) ? error.statusText : String(error);
  return (
    <div className="not-found" role="alert">
      <title>{t('Something went wrong · Trade Mission Atlas')}</title>
      <h1>{t('Something went wrong')}</h1>
      <p>{t('This page could not be shown. The error was:')}</p>
      <pre className="error-detail">{message}</pre>
      <p>
        <Link to={paths.timeline()}>{t('Back to the timeline')}</Link> · <a href="">{t('Reload the page')}</a>
      </p>
    </div>
  );
}
