/**
 * What a page says about itself to browsers, link previews and search engines: title,
 * description, canonical path and schema.org JSON-LD. Built from the same data the page shows,
 * and never stating more than it (a date at its true precision, inferred countries left out).
 */
import { countryName } from '../records/index.ts';
import type { DatasetIndex } from '../dataset/index.ts';
import { formatPartialDate, formatRecordDate } from '../records/index.ts';
import { agreementStatusLabels, eventKindLabels, organisationKindLabels } from '../records/index.ts';
import { paths } from '../paths.ts';
import type { Organisation, TradeEvent } from '../records/index.ts';

export const siteName = 'Trade Mission Atlas';
export const siteDescription =
  'Trade missions, business delegations, matchmaking conferences, site visits and cooperation agreements, every fact linked to the article it comes from.';

export type PageMetaKind =
  | 'timeline'
  | 'map'
  | 'country'
  | 'organisations'
  | 'organisation'
  | 'event'
  | 'delegation'
  | 'agreement'
  | 'sources'
  | 'source'
  | 'series'
  | 'about'
  | 'not-found';

export interface PageMeta {
  title: string;
  description: string;
  /** Router path of the canonical URL (no base path, no query). */
  canonicalPath: string;
  ogType: 'website' | 'article' | 'profile';
  jsonLd: Record<string, unknown> | null;
}

function clip(text: string, max = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

const titled = (name: string) => `${name} · ${siteName}`;

function organisationLd(org: Organisation, url: (path: string) => string): Record<string, unknown> {
  const alternateName = [...Object.values(org.names), ...org.aliases].filter((n) => n !== org.name);
  return {
    '@context': 'https://schema.org',
    '@type': org.kind === 'university' || org.kind === 'school' ? 'EducationalOrganization' : org.kind === 'government-body' ? 'GovernmentOrganization' : 'Organization',
    '@id': url(paths.organisation(org.id)),
    name: org.name,
    ...(alternateName.length > 0 ? { alternateName } : {}),
    description: org.summary,
    url: url(paths.organisation(org.id)),
    // An inferred country is our deduction, not the source's statement: keep it out of the markup.
    ...(org.country && !org.countryInferred ? { address: { '@type': 'PostalAddress', addressCountry: org.country } } : {}),
  };
}

function eventLd(index: DatasetIndex, event: TradeEvent, url: (path: string) => string): Record<string, unknown> {
  const orgRef = (id: string) => {
    const org = index.organisationsById.get(id);
    return { '@type': 'Organization', name: org?.name ?? id, url: url(paths.organisation(id)) };
  };
  const organisers = event.participants.filter((p) => ['host', 'co-host', 'organiser'].includes(p.role));
  const attendees = event.participants.filter((p) => !['host', 'co-host', 'organiser', 'venue'].includes(p.role));
  const { location } = event;
  const address = [location.city, location.region].filter(Boolean).join(', ');
  const place = location.online
    ? { '@type': 'VirtualLocation', name: 'Online' }
    : location.venue || address || location.country
      ? {
          '@type': 'Place',
          ...(location.venue ? { name: location.venue } : {}),
          address: {
            '@type': 'PostalAddress',
            ...(location.city ? { addressLocality: location.city } : {}),
            ...(location.region ? { addressRegion: location.region } : {}),
            ...(location.country ? { addressCountry: location.country } : {}),
          },
        }
      : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': url(paths.event(event.id)),
    name: event.title,
    description: event.summary,
    url: url(paths.event(event.id)),
    // ISO 8601 at the precision the text gives ("2025-12-04", "2025-09", "2019"); omitted when the year is unknown.
    ...(event.date.start ? { startDate: event.date.start } : {}),
    ...(event.date.end ? { endDate: event.date.end } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: location.online ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
    ...(place ? { location: place } : {}),
    ...(organisers.length > 0 ? { organizer: organisers.map((p) => orgRef(p.organisation)) } : {}),
    ...(attendees.length > 0 ? { attendee: attendees.map((p) => orgRef(p.organisation)) } : {}),
  };
}

/**
 * Meta for a page. `url` turns a router path into the absolute URL used in the markup
 * (it adds the base path and, when the site's origin is known, the origin).
 */
export function pageMeta(index: DatasetIndex, kind: PageMetaKind, id: string | null, url: (path: string) => string = (p) => p): PageMeta {
  const website = (title: string, description: string, canonicalPath: string): PageMeta => ({
    title,
    description,
    canonicalPath,
    ogType: 'website',
    jsonLd: null,
  });
  switch (kind) {
    case 'timeline':
      return {
        ...website(`${siteName} — trade missions, delegations and agreements`, siteDescription, paths.timeline()),
        jsonLd: { '@context': 'https://schema.org', '@type': 'WebSite', name: siteName, url: url(paths.timeline()), description: siteDescription },
      };
    case 'organisations':
      return website(titled('Organisations'), `The ${index.raw.organisations.length} organisations named in the articles, with the records each took part in.`, paths.organisations());
    case 'sources':
      return website(titled('Sources'), `The ${index.raw.sources.length} articles every record in the atlas is extracted from, with the passages each record rests on.`, paths.sources());
    case 'map':
      return website(titled('Map'), 'Where trade missions go: a world map of the countries, places and country-to-country flows in the records, with a table of the flows.', paths.map());
    case 'country': {
      const count = index.countryRecordCounts.get(id ?? '');
      if (!id || !count) break;
      const name = countryName(id);
      return {
        title: titled(name),
        description: `${count} ${count === 1 ? 'record involves' : 'records involve'} ${name}: trade missions, delegations, events and agreements, with its flows to and from other countries and its organisations.`,
        canonicalPath: paths.country(id),
        ogType: 'website',
        jsonLd: { '@context': 'https://schema.org', '@type': 'Country', name, identifier: id, url: url(paths.country(id)) },
      };
    }
    case 'about':
      return website(titled('About: scope and method'), 'What the atlas covers, counted from its data; how records are extracted and checked; what statuses, inferred countries and dates mean; known limits; how to report an error.', paths.about());
    case 'not-found':
      return website(titled('Page not found'), 'There is no page at this address.', paths.timeline());
    case 'organisation': {
      const org = index.organisationsById.get(id ?? '');
      if (!org) break;
      const where = org.country
        ? `${organisationKindLabels[org.kind]}, ${countryName(org.country)}${org.countryInferred ? ' (country inferred)' : ''}`
        : organisationKindLabels[org.kind];
      return {
        title: titled(org.name),
        description: clip(`${where}. ${org.summary}`),
        canonicalPath: paths.organisation(org.id),
        ogType: 'profile',
        jsonLd: organisationLd(org, url),
      };
    }
    case 'event': {
      const event = index.eventsById.get(id ?? '');
      if (!event) break;
      return {
        title: titled(event.title),
        description: clip(`${eventKindLabels[event.kind]}, ${formatRecordDate(event.date)}. ${event.summary}`),
        canonicalPath: paths.event(event.id),
        ogType: 'article',
        jsonLd: eventLd(index, event, url),
      };
    }
    case 'delegation': {
      const delegation = index.delegationsById.get(id ?? '');
      if (!delegation) break;
      return {
        ...website(titled(delegation.title), clip(`Delegation, ${formatRecordDate(delegation.date)}. ${delegation.summary}`), paths.delegation(delegation.id)),
        ogType: 'article',
      };
    }
    case 'agreement': {
      const agreement = index.agreementsById.get(id ?? '');
      if (!agreement) break;
      return {
        ...website(
          titled(agreement.title),
          clip(`${agreementStatusLabels[agreement.status]}, ${formatRecordDate(agreement.date)}. ${agreement.summary}`),
          paths.agreement(agreement.id),
        ),
        ogType: 'article',
      };
    }
    case 'series': {
      const series = index.raw.series.find((candidate) => candidate.id === id);
      if (!series) break;
      const editions = index.raw.events.filter((event) => event.series === series.id);
      const since = series.since ? `, held since ${formatPartialDate(series.since)}` : '';
      return {
        title: titled(series.title),
        description: clip(`A series of events${since}: ${editions.length} ${editions.length === 1 ? 'edition' : 'editions'} in the atlas. ${series.summary}`),
        canonicalPath: paths.series(series.id),
        ogType: 'website',
        jsonLd: {
          '@context': 'https://schema.org',
          '@type': 'EventSeries',
          name: series.title,
          description: series.summary,
          url: url(paths.series(series.id)),
          subEvent: editions.map((event) => ({ '@type': 'Event', name: event.title, url: url(paths.event(event.id)) })),
        },
      };
    }
    case 'source': {
      const source = index.sourcesById.get(id ?? '');
      if (!source) break;
      return {
        title: titled(source.title.en),
        description: clip(source.summary),
        canonicalPath: paths.source(source.id),
        ogType: 'article',
        jsonLd: {
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: source.title.original ?? source.title.en,
          ...(source.title.original ? { alternativeHeadline: source.title.en } : {}),
          inLanguage: source.languages,
          ...(source.published.date ? { datePublished: source.published.date } : {}),
          ...(source.outlet ? { publisher: { '@type': 'Organization', name: source.outlet } } : {}),
          description: source.summary,
          url: url(paths.source(source.id)),
        },
      };
    }
  }
  return pageMeta(index, 'not-found', null, url);
}
