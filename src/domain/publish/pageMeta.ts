/**
 * What a page says about itself to browsers, link previews and search engines: title,
 * description, canonical path and schema.org JSON-LD. Built from the same data the page shows,
 * and never stating more than it (a date at its true precision, inferred countries left out).
 */
import type { DatasetIndex } from '../dataset/index.ts';
import { chineseOrganisationName, toSimplifiedScript, translatedField, translator, vocabulary, type Locale, type Translations } from '../i18n/index.ts';
import { localisedPaths, type Paths } from '../paths.ts';
import type { Organisation, TradeEvent } from '../records/index.ts';

export const siteName = 'Trade Mission Atlas';
export const siteDescription =
  'Trade missions, business delegations, matchmaking conferences, site visits and cooperation agreements, every fact linked to the article it comes from.';

export interface PageMetaOptions {
  /** The interface language of the page (default English). */
  locale?: Locale;
  /** Our translations of the data's English, for a page in Chinese. */
  translations?: Translations | null;
}

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

function organisationLd(org: Organisation, url: (path: string) => string, paths: Paths): Record<string, unknown> {
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

function eventLd(index: DatasetIndex, event: TradeEvent, url: (path: string) => string, paths: Paths): Record<string, unknown> {
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
export function pageMeta(
  index: DatasetIndex,
  kind: PageMetaKind,
  id: string | null,
  url: (path: string) => string = (p) => p,
  { locale = 'en', translations = null }: PageMetaOptions = {},
): PageMeta {
  const t = translator(locale);
  const words = vocabulary(locale);
  const paths = localisedPaths(locale);
  const name = t('Trade Mission Atlas');
  const titled = (title: string) => t('{title} · Trade Mission Atlas', { title });
  const description = t('Trade missions, business delegations, matchmaking conferences, site visits and cooperation agreements, every fact linked to the article it comes from.');
  // Our translation when the page is in Chinese and there is one; else the English.
  const text = (file: Parameters<typeof translatedField>[1], recordId: string, field: string, english: string) =>
    locale === 'en' ? english : (translatedField(translations, file, recordId, field) ?? english);
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
        ...website(t('Trade Mission Atlas — trade missions, delegations and agreements'), description, paths.timeline()),
        jsonLd: { '@context': 'https://schema.org', '@type': 'WebSite', name, url: url(paths.timeline()), description, inLanguage: locale },
      };
    case 'organisations':
      return website(
        titled(t('Organisations')),
        t('The {count, plural, one {# organisation} other {# organisations}} named in the articles, with the records each took part in.', { count: index.raw.organisations.length }),
        paths.organisations(),
      );
    case 'sources':
      return website(
        titled(t('Sources')),
        t('The {count, plural, one {# article} other {# articles}} every record in the atlas is extracted from, with the passages each record rests on.', { count: index.raw.sources.length }),
        paths.sources(),
      );
    case 'map':
      return website(
        titled(t('Map')),
        t('Where trade missions go: a world map of the countries, places and country-to-country flows in the records, with a table of the flows.'),
        paths.map(),
      );
    case 'country': {
      const count = index.countryRecordCounts.get(id ?? '');
      if (!id || !count) break;
      const name = words.country(id);
      return {
        title: titled(name),
        description: t(
          '{count, plural, one {# record involves} other {# records involve}} {name}: trade missions, delegations, events and agreements, with its flows to and from other countries and its organisations.',
          { count, name },
        ),
        canonicalPath: paths.country(id),
        ogType: 'website',
        jsonLd: { '@context': 'https://schema.org', '@type': 'Country', name, identifier: id, url: url(paths.country(id)) },
      };
    }
    case 'about':
      return website(
        titled(t('About: scope and method')),
        t('What the atlas covers, counted from its data; how records are extracted and checked; what statuses, inferred countries and dates mean; known limits; how to report an error.'),
        paths.about(),
      );
    case 'not-found':
      return website(titled(t('Page not found')), t('There is no page at this address.'), paths.timeline());
    case 'organisation': {
      const org = index.organisationsById.get(id ?? '');
      if (!org) break;
      const kindLabel = words.organisationKind(org.kind);
      const where = !org.country
        ? kindLabel
        : org.countryInferred
          ? t('{kind}, {country} (country inferred)', { kind: kindLabel, country: words.country(org.country) })
          : t('{kind}, {country}', { kind: kindLabel, country: words.country(org.country) });
      const chinese = locale === 'en' ? undefined : chineseOrganisationName(translations, org);
      return {
        title: titled(chinese ? toSimplifiedScript(chinese.name) : org.name),
        description: clip(t('{where}. {summary}', { where, summary: text('organisations', org.id, 'summary', org.summary) })),
        canonicalPath: paths.organisation(org.id),
        ogType: 'profile',
        jsonLd: organisationLd(org, url, paths),
      };
    }
    case 'event': {
      const event = index.eventsById.get(id ?? '');
      if (!event) break;
      return {
        title: titled(text('events', event.id, 'title', event.title)),
        description: clip(
          t('{kind}, {date}. {summary}', { kind: words.eventKind(event.kind), date: words.recordDate(event.date), summary: text('events', event.id, 'summary', event.summary) }),
        ),
        canonicalPath: paths.event(event.id),
        ogType: 'article',
        jsonLd: eventLd(index, event, url, paths),
      };
    }
    case 'delegation': {
      const delegation = index.delegationsById.get(id ?? '');
      if (!delegation) break;
      return {
        ...website(
          titled(text('delegations', delegation.id, 'title', delegation.title)),
          clip(
            t('{kind}, {date}. {summary}', {
              kind: words.recordType('delegation'),
              date: words.recordDate(delegation.date),
              summary: text('delegations', delegation.id, 'summary', delegation.summary),
            }),
          ),
          paths.delegation(delegation.id),
        ),
        ogType: 'article',
      };
    }
    case 'agreement': {
      const agreement = index.agreementsById.get(id ?? '');
      if (!agreement) break;
      return {
        ...website(
          titled(text('agreements', agreement.id, 'title', agreement.title)),
          clip(
            t('{kind}, {date}. {summary}', {
              kind: words.agreementStatus(agreement.status),
              date: words.recordDate(agreement.date),
              summary: text('agreements', agreement.id, 'summary', agreement.summary),
            }),
          ),
          paths.agreement(agreement.id),
        ),
        ogType: 'article',
      };
    }
    case 'series': {
      const series = index.raw.series.find((candidate) => candidate.id === id);
      if (!series) break;
      const editions = index.raw.events.filter((event) => event.series === series.id);
      const summary = text('series', series.id, 'summary', series.summary);
      const count = editions.length;
      return {
        title: titled(text('series', series.id, 'title', series.title)),
        description: clip(
          series.since
            ? t('A series of events, held since {since}: {count, plural, one {# edition} other {# editions}} in the atlas. {summary}', { since: words.partialDate(series.since), count, summary })
            : t('A series of events: {count, plural, one {# edition} other {# editions}} in the atlas. {summary}', { count, summary }),
        ),
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
        title: titled(locale !== 'en' && source.title.original && (source.title.originalLang ?? '').startsWith('zh') ? toSimplifiedScript(source.title.original) : text('sources', source.id, 'title', source.title.en)),
        description: clip(text('sources', source.id, 'summary', source.summary)),
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
  return pageMeta(index, 'not-found', null, url, { locale, translations });
}
