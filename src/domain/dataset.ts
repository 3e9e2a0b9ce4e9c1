/**
 * Indexes built once when the data loads, so pages and filters look things up
 * instead of rescanning every file.
 */
import { dateSortKey, monthSpan } from './dates.ts';
import { normaliseForSearch } from './text.ts';
import type {
  Agreement,
  Delegation,
  Organisation,
  Person,
  RawDataset,
  RecordDate,
  RecordType,
  Sector,
  Source,
  TradeEvent,
  Evidence,
} from './types.ts';

export interface RecordOrganisation {
  id: string;
  role: string;
}

/** Events, delegations and agreements in one shape, for the timeline and for filtering. */
export interface TimelineRecord {
  type: RecordType;
  id: string;
  title: string;
  /** Event kind, "delegation", or the agreement's status. */
  kind: string;
  /** Whether it happened; agreements carry their own status scale in `kind`. */
  status: 'took-place' | 'planned';
  date: RecordDate;
  sortKey: number | null;
  /** Earliest and latest month (YYYYMM) the date can cover; null when the year is unknown. */
  span: { first: number; last: number } | null;
  place: string | null;
  online: boolean;
  countries: string[];
  sectors: string[];
  organisations: RecordOrganisation[];
  summary: string;
  evidence: Evidence[];
  /** Normalised text the search box matches against. */
  searchText: string;
}

export interface OrganisationRecordLink {
  record: TimelineRecord;
  roles: string[];
}

export interface DatasetIndex {
  raw: RawDataset;
  sectorsById: Map<string, Sector>;
  sourcesById: Map<string, Source>;
  organisationsById: Map<string, Organisation>;
  peopleById: Map<string, Person>;
  eventsById: Map<string, TradeEvent>;
  delegationsById: Map<string, Delegation>;
  agreementsById: Map<string, Agreement>;
  /** All timeline records, newest first (unknown dates last). */
  records: TimelineRecord[];
  recordsByKey: Map<string, TimelineRecord>;
  recordsByOrganisation: Map<string, OrganisationRecordLink[]>;
  peopleByOrganisation: Map<string, Person[]>;
  organisationSearchText: Map<string, string>;
  /** Countries that occur in any record, with the number of records. */
  countryRecordCounts: Map<string, number>;
}

export function recordKey(type: RecordType, id: string): string {
  return `${type}:${id}`;
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function joinPlace(parts: Array<string | null | undefined>): string | null {
  const present = parts.filter((p): p is string => Boolean(p));
  return present.length > 0 ? present.join(', ') : null;
}

function organisationText(org: Organisation | undefined): string {
  if (!org) return '';
  return [org.name, ...Object.values(org.names), ...org.aliases].join(' ');
}

function personText(person: Person | undefined): string {
  if (!person) return '';
  return [person.name, ...Object.values(person.names), person.transliteration ?? ''].join(' ');
}

export function indexDataset(raw: RawDataset): DatasetIndex {
  const organisationsById = byId(raw.organisations);
  const peopleById = byId(raw.people);
  const eventsById = byId(raw.events);
  const countryOf = (orgId: string) => organisationsById.get(orgId)?.country ?? null;
  // Each organisation's names are normalised once, not once per record it appears in.
  const organisationNorm = new Map<string, string>();
  const normalisedOrganisation = (orgId: string) => {
    let text = organisationNorm.get(orgId);
    if (text === undefined) {
      text = normaliseForSearch(organisationText(organisationsById.get(orgId)));
      organisationNorm.set(orgId, text);
    }
    return text;
  };

  const build = (
    base: Omit<TimelineRecord, 'sortKey' | 'span' | 'searchText' | 'countries'> & { countries: Array<string | null> },
    extraSearch: string[],
  ): TimelineRecord => {
    const countrySet = new Set<string>();
    for (const code of base.countries) if (code !== null) countrySet.add(code);
    for (const { id } of base.organisations) {
      const code = countryOf(id);
      if (code !== null) countrySet.add(code);
    }
    const countries = [...countrySet].sort();
    const organisationTexts = [...new Set(base.organisations.map((o) => o.id))].map(normalisedOrganisation);
    const searchText = [normaliseForSearch([base.title, base.summary, ...extraSearch].join(' \u0000 ')), ...organisationTexts].join(' \u0000 ');
    // One object literal with fixed field order: every record gets the same hidden class in V8,
    // which keeps sorting and scanning 100,000 of them fast.
    return {
      type: base.type,
      id: base.id,
      title: base.title,
      kind: base.kind,
      status: base.status,
      date: base.date,
      sortKey: dateSortKey(base.date),
      span: monthSpan(base.date),
      place: base.place,
      online: base.online,
      countries,
      sectors: base.sectors,
      organisations: base.organisations,
      summary: base.summary,
      evidence: base.evidence,
      searchText,
    };
  };

  const eventRecords = raw.events.map((event) =>
    build(
      {
        type: 'event',
        id: event.id,
        title: event.title,
        kind: event.kind,
        status: event.status,
        date: event.date,
        place: event.location.online ? null : joinPlace([event.location.venue, event.location.city]),
        online: event.location.online,
        countries: [event.location.country],
        sectors: event.sectors,
        organisations: event.participants.map((p) => ({ id: p.organisation, role: p.role })),
        summary: event.summary,
        evidence: event.evidence,
      },
      [...Object.values(event.names), ...event.people.map((p) => personText(peopleById.get(p.person))), event.series ?? ''],
    ),
  );

  const delegationRecords = raw.delegations.map((delegation) => {
    const organisations: RecordOrganisation[] = [
      ...delegation.organisers.map((id) => ({ id, role: 'organiser' })),
      ...delegation.members.map((id) => ({ id, role: 'member' })),
      ...delegation.stops.flatMap((stop) => stop.organisations.map((id) => ({ id, role: 'visited' }))),
    ];
    return build(
      {
        type: 'delegation',
        id: delegation.id,
        title: delegation.title,
        kind: 'delegation',
        status: delegation.status,
        date: delegation.date,
        place: joinPlace(delegation.to.map((t) => t.city ?? t.region ?? null)),
        online: false,
        countries: [delegation.from.country, ...delegation.to.map((t) => t.country), ...delegation.stops.map((s) => s.country)],
        sectors: delegation.sectors,
        organisations: dedupeOrganisations(organisations),
        summary: delegation.summary,
        evidence: delegation.evidence,
      },
      [...Object.values(delegation.names), delegation.purpose, ...delegation.stops.map((s) => s.place)],
    );
  });

  const agreementRecords = raw.agreements.map((agreement) => {
    const event = agreement.event ? eventsById.get(agreement.event) : undefined;
    return build(
      {
        type: 'agreement',
        id: agreement.id,
        title: agreement.title,
        kind: agreement.status,
        status: agreement.status === 'planned' ? 'planned' : 'took-place',
        date: agreement.date,
        place: event && !event.location.online ? joinPlace([event.location.city]) : null,
        online: event?.location.online ?? false,
        countries: [event?.location.country ?? null],
        sectors: agreement.sectors,
        organisations: agreement.parties.map((id) => ({ id, role: 'party' })),
        summary: agreement.summary,
        evidence: agreement.evidence,
      },
      [...Object.values(agreement.names), agreement.unnamedParties ?? ''],
    );
  });

  const records = sortRecords([...eventRecords, ...delegationRecords, ...agreementRecords], 'newest');

  const recordsByOrganisation = new Map<string, OrganisationRecordLink[]>();
  const countryRecordCounts = new Map<string, number>();
  for (const record of records) {
    const rolesByOrg = new Map<string, string[]>();
    for (const { id, role } of record.organisations) {
      const roles = rolesByOrg.get(id);
      if (roles) roles.push(role);
      else rolesByOrg.set(id, [role]);
    }
    for (const [id, roles] of rolesByOrg) {
      const links = recordsByOrganisation.get(id) ?? [];
      links.push({ record, roles: roles.length === 1 ? roles : [...new Set(roles)] });
      recordsByOrganisation.set(id, links);
    }
    for (const country of record.countries) countryRecordCounts.set(country, (countryRecordCounts.get(country) ?? 0) + 1);
  }

  const peopleByOrganisation = new Map<string, Person[]>();
  for (const person of raw.people) {
    if (!person.organisation) continue;
    const people = peopleByOrganisation.get(person.organisation);
    if (people) people.push(person);
    else peopleByOrganisation.set(person.organisation, [person]);
  }

  return {
    raw,
    sectorsById: byId(raw.sectors),
    sourcesById: byId(raw.sources),
    organisationsById,
    peopleById,
    eventsById,
    delegationsById: byId(raw.delegations),
    agreementsById: byId(raw.agreements),
    records,
    recordsByKey: new Map(records.map((r) => [recordKey(r.type, r.id), r])),
    recordsByOrganisation,
    peopleByOrganisation,
    organisationSearchText: new Map(
      raw.organisations.map((org) => [org.id, `${normalisedOrganisation(org.id)} ${normaliseForSearch(org.summary)}`]),
    ),
    countryRecordCounts,
  };
}

function dedupeOrganisations(list: RecordOrganisation[]): RecordOrganisation[] {
  const seen = new Set<string>();
  return list.filter((o) => {
    const key = `${o.id}:${o.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Date order; records with an unknown year always come last, in title order. */
export function sortRecords(records: TimelineRecord[], order: 'newest' | 'oldest'): TimelineRecord[] {
  const direction = order === 'newest' ? -1 : 1;
  return [...records].sort((a, b) => {
    if (a.sortKey === null || b.sortKey === null) {
      if (a.sortKey === b.sortKey) return a.title.localeCompare(b.title);
      return a.sortKey === null ? 1 : -1;
    }
    return (a.sortKey - b.sortKey) * direction || a.title.localeCompare(b.title);
  });
}
