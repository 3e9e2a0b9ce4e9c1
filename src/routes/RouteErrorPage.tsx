import { isRouteErrorResponse, Link, useLocation, useRouteError } from 'react-router';
import { NotFoundMessage } from '../components/ui/index.ts';
import { paths } from '../domain/paths.ts';
import type { MissingRecord } from './recordLoader.ts';

const kindLabels = {
  organisation: 'organisation',
  event: 'event',
  delegation: 'delegation',
  agreement: 'agreement',
  source: 'source',
  series: 'series',
} as const;

function linkFor(kind: MissingRecord['kind'], id: string): string {
  if (kind === 'source') return paths.source(id);
  if (kind === 'series') return paths.series(id);
  return kind === 'organisation' ? paths.organisation(id) : paths.record(kind, id);
}

/**
 * The error boundary of every route: a missing record becomes a not-found page with close
 * matches, and any render failure a readable message with a way back.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  const { pathname } = useLocation();

  if (isRouteErrorResponse(error) && error.status === 404) {
    const missing = error.data as Partial<MissingRecord> | undefined;
    if (missing?.kind && missing.id !== undefined) {
      const suggestions = (missing.suggestions ?? []).map((c) => ({
        label: c.label,
        to: linkFor(missing.kind!, c.id),
      }));
      return (
        <NotFoundMessage
          title={`No ${kindLabels[missing.kind]} “${missing.id}”`}
          detail={`There is no ${kindLabels[missing.kind]} with the id “${missing.id}” in the atlas.`}
          suggestions={suggestions}
        />
      );
    }
    return <NotFoundMessage title="Page not found" detail={`There is no page at ${pathname}.`} />;
  }

  const message = error instanceof Error ? error.message : isRouteErrorResponse(error) ? error.statusText : String(error);
  return (
    <div className="not-found" role="alert">
      <title>Something went wrong · Trade Mission Atlas</title>
      <h1>Something went wrong</h1>
      <p>This page could not be shown. The error was:</p>
      <pre className="error-detail">{message}</pre>
      <p>
        <Link to={paths.timeline()}>Back to the timeline</Link> or <a href="">reload the page</a>.
      </p>
    </div>
  );
}
