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
  map: '/map',
  country: '/countries/:code',
  series: '/series/:id',
  embedTimeline: '/embed',
  embedOrganisation: '/embed/organisations/:id',
  about: '/about',
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
  /** The map with the timeline's filters; `extra` carries the map's own parameters (the table's order). */
  map: (filters: Partial<TimelineFilters> = {}, extra = '') =>
    withQuery(routePatterns.map, [serializeTimelineFilters(filters), extra].filter((q) => q !== '').join('&')),
  country: (code: string) => withId('/countries', code),
  about: () => routePatterns.about,
  source: (id: string, quoteAnchor?: string) =>
    withId(routePatterns.sources, id) + (quoteAnchor ? `#${quoteAnchor}` : ''),
  /** Compact views without the site's chrome, for iframes on other sites. */
  embedTimeline: (filters: Partial<TimelineFilters> = {}) => withQuery(routePatterns.embedTimeline, serializeTimelineFilters(filters)),
  embedOrganisation: (id: string) => withId('/embed/organisations', id),
  /** Atom feeds: static files written at build time, not router pages (the base path still applies). */
  feeds: {
    all: () => '/feeds/all.xml',
    country: (code: string) => `/feeds/countries/${code.toLowerCase()}.xml`,
    organisation: (id: string) => withId('/feeds/organisations', id) + '.xml',
    sector: (id: string) => withId('/feeds/sectors', id) + '.xml',
    visits: (origin: string, host: string) => `/feeds/visits/${origin.toLowerCase()}-to-${host.toLowerCase()}.xml`,
  },
  /** The FollowTheMoney export (one entity per line), a static file. */
  ftm: () => '/data/atlas.ftm.json',
};

export type Paths = typeof paths;

const pathsByLocale = new Map<Locale, Paths>();
const notLocalised = new Set(['ftm', 'feeds']);

/** The same URLs in one interface language (English: `paths` itself; Chinese: under /zh/). */
export function localisedPaths(locale: Locale): Paths {
  if (locale === 'en') return paths;
  let localised = pathsByLocale.get(locale);
  if (!localised) {
    localised = Object.fromEntries(
      Object.entries(paths).map(([name, build]) =>
        // Feeds and data files are the same in every language; pages (embeds included) move under the prefix.
        typeof build !== 'function' || notLocalised.has(name) ? [name, build] : [name, (...args: never[]) => localisePath(locale, (build as (...a: never[]) => string)(...args))],
      ),
    ) as unknown as Paths;
    pathsByLocale.set(locale, localised);
  }
  return localised;
}
