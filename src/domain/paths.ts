/**
 * Every URL the app links to is built here, so no route string is typed twice.
 * Paths are relative to the router's basename (BASE_PATH), which React Router adds.
 */
import { serializeTimelineFilters, type TimelineFilters } from './query/index.ts';
import type { RecordType } from './records/index.ts';
import { localisePath, type Locale } from './i18n/index.ts';

export const routePatterns = {
  timeline: '/',
  organisations: '/organisations',
  organisation: '/organisations/:id',
  event: '/events/:id',
  delegation: '/delegations/:id',
  agreement: '/agreements/:id',
  sources: '/sources',
  source: '/sources/:id',
  series: '/series/:id',
} as const;

const withId = (prefix: string, id: string) => `${prefix}/${encodeURIComponent(id)}`;

function withQuery(path: string, query: string): string {
  return query === '' ? path : `${path}?${query}`;
}

export const paths = {
  timeline: (filters: Partial<TimelineFilters> = {}) => withQuery('/', serializeTimelineFilters(filters)),
  organisations: (query = '') => withQuery(routePatterns.organisations, query),
  organisation: (id: string) => withId(routePatterns.organisations, id),
  event: (id: string) => withId('/events', id),
  delegation: (id: string) => withId('/delegations', id),
  agreement: (id: string) => withId('/agreements', id),
  record: (type: RecordType, id: string) => withId(`/${type}s`, id),
  series: (id: string) => withId('/series', id),
  sources: () => routePatterns.sources,
  source: (id: string, quoteAnchor?: string) =>
    withId(routePatterns.sources, id) + (quoteAnchor ? `#${quoteAnchor}` : ''),
};

export type Paths = typeof paths;

const pathsByLocale = new Map<Locale, Paths>();

/** The same URLs in one interface language (English: `paths` itself; Chinese: under /zh/). */
export function localisedPaths(locale: Locale): Paths {
  if (locale === 'en') return paths;
  let localised = pathsByLocale.get(locale);
  if (!localised) {
    localised = Object.fromEntries(
      Object.entries(paths).map(([name, build]) => [name, (...args: never[]) => localisePath(locale, (build as (...a: never[]) => string)(...args))]),
    ) as Paths;
    pathsByLocale.set(locale, localised);
  }
  return localised;
}
