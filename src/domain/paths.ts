/**
 * Every URL the app links to is built here, so no route string is typed twice.
 * Paths are relative to the router's basename (BASE_PATH), which React Router adds.
 */
import { serializeTimelineFilters, type TimelineFilters } from './query/index.ts';
import type { RecordType } from './records/index.ts';

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
  about: () => routePatterns.about,
  source: (id: string, quoteAnchor?: string) =>
    withId(routePatterns.sources, id) + (quoteAnchor ? `#${quoteAnchor}` : ''),
};
