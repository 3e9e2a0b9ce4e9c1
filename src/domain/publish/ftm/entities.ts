/**
 * The atlas as FollowTheMoney entities (https://followthemoney.tech): organisations as Organization,
 * people as Person, events and agreements as Event, delegations as Trip (from an Address to Addresses)
 * or, when their origin is unknown, as Event; series as Project; source articles as Article, linked to
 * every record that quotes them by a Documentation entity; organisation units and people's
 * organisations as Membership. Dates keep the text's precision (ISO prefixes); a date the text gives
 * without a year cannot be an FtM date and is said in words in `description`.
 */
import type { DatasetIndex } from '../../dataset/index.ts';
import { countryName, formatRecordDate } from '../../records/index.ts';
import type { Agreement, Delegation, Evidence, Organisation, Person, RecordDate, Series, Source, TradeEvent } from '../../records/index.ts';
import { paths } from '../../paths.ts';

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

export interface FtmContext {
  index: DatasetIndex;
  /** A site path as an absolute URL, base path included: each entity's page in the atlas. */
  absolute: (sitePath: string) => string;
}

/** Ids are the atlas ids, prefixed by file so an event and an organisation never collide. */
export const ftmId = {
  organisation: (id: string) => `tma-organisation-${id}`,
  person: (id: string) => `tma-person-${id}`,
  event: (id: string) => `tma-event-${id}`,
  delegation: (id: string) => `tma-delegation-${id}`,
  agreement: (id: string) => `tma-agreement-${id}`,
  series: (id: string) => `tma-series-${id}`,
  source: (id: string) => `tma-source-${id}`,
};

/** Roles that run an event rather than take part in it: FtM's `organizer`. */
const organisingRoles = new Set(['host', 'co-host', 'organiser']);

/** FtM's language type is ISO 639-3. */
const iso639_3: Record<string, string> = { en: 'eng', sv: 'swe', fi: 'fin', zh: 'zho', 'zh-Hant': 'zho', 'zh-Hans': 'zho', de: 'deu', ko: 'kor' };

const unique = (values: Iterable<string | null | undefined>) => [...new Set([...values].filter((v): v is string => typeof v === 'string' && v !== ''))];

function props(entries: Record<string, Iterable<string | null | undefined>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(entries)) {
    const list = unique(values);
    if (list.length > 0) out[name] = list;
  }
  return out;
}

/** Dates at their precision; a date without a year goes into words instead. */
function dateProps(date: RecordDate): { startDate: string[]; endDate: string[]; description: string[] } {
  if (date.start === null) {
    const said = date.month !== undefined && date.month !== null ? `${formatRecordDate(date)}.` : null;
    return { startDate: [], endDate: [], description: said ? [`Date: ${said}`] : [] };
  }
  return { startDate: [date.start], endDate: date.end ? [date.end] : [], description: [] };
}

const lower = (code: string | null | undefined) => (code ? code.toLowerCase() : null);

function organisation(o: Organisation, { absolute }: FtmContext): FtmEntity {
  return {
    id: ftmId.organisation(o.id),
    schema: 'Organization',
    properties: props({
      name: [o.name, ...Object.values(o.names)],
      alias: o.aliases,
      country: [lower(o.country)],
      summary: [o.summary],
      sourceUrl: [absolute(paths.organisation(o.id))],
    }),
  };
}

function person(p: Person): FtmEntity {
  return {
    id: ftmId.person(p.id),
    schema: 'Person',
    properties: props({ name: [p.name, ...Object.values(p.names)], alias: [p.transliteration], position: [p.role], summary: [p.summary] }),
  };
}

function eventLocation(e: TradeEvent): string | null {
  if (e.location.online) return 'Online';
  const { venue, city, region, country } = e.location;
  return unique([venue, city, region, country ? countryName(country) : null]).join(', ') || null;
}

function event(e: TradeEvent, { absolute }: FtmContext): FtmEntity {
  const organizers = e.participants.filter((p) => organisingRoles.has(p.role)).map((p) => p.organisation);
  const dates = dateProps(e.date);
  return {
    id: ftmId.event(e.id),
    schema: 'Event',
    properties: props({
      name: [e.title, ...Object.values(e.names)],
      ...dates,
      location: [eventLocation(e)],
      country: [lower(e.location.country), ...(e.unnamedParticipants ?? []).map((u) => lower(u.country))],
      organizer: organizers.map(ftmId.organisation),
      involved: [...e.participants.filter((p) => !organizers.includes(p.organisation)).map((p) => ftmId.organisation(p.organisation)), ...e.people.map((p) => ftmId.person(p.person))],
      summary: [e.summary],
      sourceUrl: [absolute(paths.event(e.id))],
    }),
  };
}

const placeText = (place: Delegation['from']) => unique([place.city, place.region, place.country ? countryName(place.country) : null]).join(', ');
const addressId = (text: string) => `tma-address-${text.toLowerCase().replace(/[^a-z0-9\u0080-\uffff]+/g, '-').replace(/^-|-$/g, '')}`;

function address(place: Delegation['from']): FtmEntity | null {
  const full = placeText(place);
  if (full === '') return null;
  return { id: addressId(full), schema: 'Address', properties: props({ name: [full], full: [full], city: [place.city], region: [place.region], country: [lower(place.country)] }) };
}

function delegation(d: Delegation, { absolute }: FtmContext): FtmEntity[] {
  const from = address(d.from);
  const to = d.to.map(address).filter((a): a is FtmEntity => a !== null);
  const dates = dateProps(d.date);
  const common = {
    name: [d.title, ...Object.values(d.names)],
    ...dates,
    organizer: d.organisers.map(ftmId.organisation),
    involved: unique([...d.members, ...d.stops.flatMap((s) => s.organisations)].filter((id) => !d.organisers.includes(id))).map(ftmId.organisation),
    country: unique([d.from.country, ...d.to.map((t) => t.country), ...(d.unnamedParticipants ?? []).map((u) => u.country)].map(lower)),
    summary: [d.summary],
    sourceUrl: [absolute(paths.delegation(d.id))],
  };
  // FtM's Trip needs both ends; a delegation from an unstated place stays an Event with its destinations as location.
  const main: FtmEntity =
    from && to.length > 0
      ? { id: ftmId.delegation(d.id), schema: 'Trip', properties: props({ ...common, startLocation: [from.id], endLocation: to.map((a) => a.id) }) }
      : { id: ftmId.delegation(d.id), schema: 'Event', properties: props({ ...common, location: d.to.map(placeText) }) };
  return [main, ...(main.schema === 'Trip' ? [from!, ...to] : [])];
}

function agreement(a: Agreement, { absolute }: FtmContext): FtmEntity {
  return {
    id: ftmId.agreement(a.id),
    schema: 'Event',
    properties: props({
      name: [a.title, ...Object.values(a.names)],
      ...dateProps(a.date),
      involved: a.parties.map(ftmId.organisation),
      country: (a.unnamedParticipants ?? []).map((u) => lower(u.country)),
      keywords: [`agreement: ${a.status}`],
      summary: [a.summary],
      sourceUrl: [absolute(paths.agreement(a.id))],
    }),
  };
}

function series(s: Series): FtmEntity {
  return {
    id: ftmId.series(s.id),
    schema: 'Project',
    properties: props({ name: [s.title, ...Object.values(s.names)], startDate: [s.since], summary: [s.summary] }),
  };
}

function article(s: Source, { absolute }: FtmContext): FtmEntity {
  return {
    id: ftmId.source(s.id),
    schema: 'Article',
    properties: props({
      title: [s.title.en, s.title.original],
      name: [s.title.en],
      publisher: [s.outlet, s.publisher],
      publishedAt: [s.published.date],
      language: s.languages.map((l) => iso639_3[l] ?? iso639_3[l.split('-')[0]!]),
      fileName: [s.file],
      summary: [s.summary],
      sourceUrl: [absolute(paths.source(s.id))],
    }),
  };
}

/** One Documentation per (record, article): the article documents the record; the quotes are its summary. */
function documentation(entityId: string, evidence: readonly Evidence[]): FtmEntity[] {
  const bySource = new Map<string, string[]>();
  for (const e of evidence) bySource.set(e.source, [...(bySource.get(e.source) ?? []), e.quote]);
  return [...bySource].map(([source, quotes]) => ({
    id: `tma-doc-${entityId.replace(/^tma-/, '')}-${source}`,
    schema: 'Documentation',
    properties: props({ document: [ftmId.source(source)], entity: [entityId], role: ['Source of the record'], summary: quotes }),
  }));
}

function memberships(index: DatasetIndex): FtmEntity[] {
  const out: FtmEntity[] = [];
  for (const o of index.raw.organisations) {
    if (!o.parent) continue;
    out.push({
      id: `tma-membership-${o.id}-in-${o.parent}`,
      schema: 'Membership',
      properties: props({ member: [ftmId.organisation(o.id)], organization: [ftmId.organisation(o.parent)], role: ['Unit of'] }),
    });
  }
  for (const p of index.raw.people) {
    if (!p.organisation) continue;
    out.push({
      id: `tma-membership-${p.id}-in-${p.organisation}`,
      schema: 'Membership',
      properties: props({ member: [ftmId.person(p.id)], organization: [ftmId.organisation(p.organisation)], role: [p.role] }),
    });
  }
  return out;
}

/** Every entity, records first (in file order), then addresses, memberships and documentation. */
export function ftmEntities(context: FtmContext): FtmEntity[] {
  const { raw } = context.index;
  const addresses = new Map<string, FtmEntity>();
  const delegations = raw.delegations.map((d) => {
    const [main, ...places] = delegation(d, context);
    for (const place of places) addresses.set(place.id, place);
    return main!;
  });
  const records: Array<[FtmEntity, readonly Evidence[]]> = [
    ...raw.organisations.map((o) => [organisation(o, context), o.evidence] as [FtmEntity, Evidence[]]),
    ...raw.people.map((p) => [person(p), p.evidence] as [FtmEntity, Evidence[]]),
    ...raw.events.map((e) => [event(e, context), e.evidence] as [FtmEntity, Evidence[]]),
    ...raw.delegations.map((d, i) => [delegations[i]!, d.evidence] as [FtmEntity, Evidence[]]),
    ...raw.agreements.map((a) => [agreement(a, context), a.evidence] as [FtmEntity, Evidence[]]),
    ...raw.series.map((s) => [series(s), s.evidence] as [FtmEntity, Evidence[]]),
  ];
  return [
    ...records.map(([entity]) => entity),
    ...raw.sources.map((s) => article(s, context)),
    ...addresses.values(),
    ...memberships(context.index),
    ...records.flatMap(([entity, evidence]) => documentation(entity.id, evidence)),
  ];
}

/** The export file: one JSON entity per line, as FtM tools (ftm, Aleph, yente) read them. */
export function ftmLines(context: FtmContext): string {
  return ftmEntities(context).map((entity) => JSON.stringify(entity)).join('\n') + '\n';
}

