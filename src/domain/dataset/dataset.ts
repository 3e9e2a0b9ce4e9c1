/**
 * Indexes built once when the data loads, so pages and filters look things up
 * instead of rescanning every file.
 */
import { countBits } from '../structures/index.ts';
import { countryName, dateSortKey, filterStatusOf, monthSpan } from '../records/index.ts';
import { NumberList } from '../structures/index.ts';
import { RecordBitsetsBuilder } from './recordBitsets.ts';
import { recordKey, type DatasetIndex, type OrganisationRecordLink, type RecordOrganisation, type TimelineRecord } from './timelineRecord.ts';
import { sortedPositions } from './recordOrder.ts';
import { agreementGeo, delegationGeo, eventGeo } from './recordGeo.ts';
import { SearchIndexBuilder } from '../search/index.ts';
import { Vocabulary } from '../search/index.ts';
import type { Gloss, Organisation, Person, RawDataset, RecordType } from '../records/index.ts';


function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return map;
}

function joinPlace(parts: Array<string | null | undefined>): string | null {
  const present = parts.filter((p): p is string => Boolean(p));
  return present.length > 0 ? present.join(', ') : null;
}

/** Each organisation's names and summary, normalised, for the directory's search box. */
function organisationSearchTexts(organisations: readonly Organisation[], byId: ReadonlyMap<string, Organisation>): Map<string, string> {
  // Normalised piece by piece: the same text as normaliseForSearch, each distinct word normalised once.
  const vocabulary = new Vocabulary();
  const texts = new Map<string, string>();
  for (const { id, summary } of organisations) {
    const org = byId.get(id)!;
    texts.set(id, `${vocabulary.normalise([org.name, ...Object.values(org.names), ...org.aliases].join(' '))} ${vocabulary.normalise(summary)}`);
  }
  return texts;
}

/** Glosses by source, then quote; of duplicates (the check reports them) the first wins. */
function indexGlosses(glosses: readonly Gloss[]): Map<string, Map<string, Gloss>> {
  const bySource = new Map<string, Map<string, Gloss>>();
  for (const gloss of glosses) {
    let byQuote = bySource.get(gloss.source);
    if (!byQuote) bySource.set(gloss.source, (byQuote = new Map()));
    if (!byQuote.has(gloss.quote)) byQuote.set(gloss.quote, gloss);
  }
  return bySource;
}

function keyRecords(records: readonly TimelineRecord[]): Map<string, TimelineRecord> {
  const byKey = new Map<string, TimelineRecord>();
  for (const record of records) byKey.set(recordKey(record.type, record.id), record);
  return byKey;
}

/** Each organisation's records in the given order, with its roles in each (each role once). */
function linkOrganisations(records: readonly TimelineRecord[]): Map<string, OrganisationRecordLink[]> {
  const byOrganisation = new Map<string, OrganisationRecordLink[]>();
  for (const record of records) {
    const orgs = record.organisations;
    for (let j = 0; j < orgs.length; j += 1) {
      const { id, role } = orgs[j]!;
      let seen = false;
      for (let k = 0; k < j && !seen; k += 1) seen = orgs[k]!.id === id;
      if (seen) continue;
      const roles = [role];
      for (let k = j + 1; k < orgs.length; k += 1) if (orgs[k]!.id === id && !roles.includes(orgs[k]!.role)) roles.push(orgs[k]!.role);
      const links = byOrganisation.get(id);
      if (links) links.push({ record, roles });
      else byOrganisation.set(id, [{ record, roles }]);
    }
  }
  return byOrganisation;
}

/** Each (organisation, role) pair once, first occurrence kept. */
function dedupeOrganisations(list: RecordOrganisation[]): RecordOrganisation[] {
  return list.filter((o, i) => {
    for (let k = 0; k < i; k += 1) if (list[k]!.id === o.id && list[k]!.role === o.role) return false;
    return true;
  });
}

/** A string → small number table, so later passes compare numbers and share one string per value. */
export class Interned {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();

  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }
}

/** What the build needs of an organisation, found with one lookup per mention. */
interface OrganisationEntry {
  /** The organisation's own id string: records share it, so comparing ids compares pointers, not text. */
  id: string;
  /** Its place in the build's list of organisations, and its group of names in the search index. */
  index: number;
  /** Interned country, or -1. */
  country: number;
}

type RecordBase = Omit<TimelineRecord, 'sortKey' | 'span' | 'search' | 'countries'>;

/**
 * Builds the indexes. A record's search text is, normalised, its title, summary, the other fields added to
 * its search document below and its organisations' names; its words go into the search index (searchIndex.ts).
 *
 * At 100,000 records the raw data takes a few hundred megabytes; reading its strings again in timeline order
 * would miss the processor caches on most of them. So each raw value is read once, while its record is built
 * in file order, and what the passes in timeline order need (facet values, dates) is kept per record as small
 * numbers.
 */
export function indexDataset(raw: RawDataset): DatasetIndex {
  const organisationsById = byId(raw.organisations);
  const peopleById = byId(raw.people);
  const eventsById = byId(raw.events);
  const seriesById = byId(raw.series ?? []);
  const search = new SearchIndexBuilder();
  const countryOf = (id: string) => organisationsById.get(id)?.country ?? null;
  const countries = new Interned();
  const sectors = new Interned();

  // Each organisation's names are normalised once, not once per record it appears in.
  const organisationEntries = new Map<string, OrganisationEntry>();
  const organisationList: OrganisationEntry[] = [];
  for (let o = 0; o < raw.organisations.length; o += 1) {
    // The last of duplicate ids wins, as in organisationsById.
    const org = organisationsById.get(raw.organisations[o]!.id)!;
    if (organisationEntries.has(org.id)) continue;
    const names = [org.name, ...Object.values(org.names), ...org.aliases];
    const entry = { id: org.id, index: search.addGroup(names), country: org.country === null ? -1 : countries.code(org.country) };
    organisationEntries.set(org.id, entry);
    organisationList.push(entry);
  }

  // Per record, in the order built: its countries and sectors as numbers, its month span and sort key.
  const recordCountries = new NumberList();
  const recordCountryEnds = new NumberList();
  const recordSectors = new NumberList();
  const recordSectorEnds = new NumberList();
  const recordDates = new NumberList();

  // The record being built: its countries (interned) and its organisations as organisation() met them.
  const ownCountries: number[] = [];
  const mentioned: OrganisationEntry[] = [];
  const organisation = (id: string, role: string): RecordOrganisation => {
    let entry = organisationEntries.get(id);
    if (entry === undefined) {
      // Not in the data (the validator reports it): no country, no names to find it by.
      entry = { id, index: search.addGroup([]), country: -1 };
      organisationEntries.set(id, entry);
      organisationList.push(entry);
    }
    mentioned.push(entry);
    return { id: entry.id, role };
  };
  const country = (code: string | null) => {
    if (code === null) return;
    const interned = countries.code(code);
    if (!ownCountries.includes(interned)) ownCountries.push(interned);
  };
  const addNames = (names: Record<string, string>, title: string) => {
    // Most records' English name is their title: nothing new to add.
    for (const lang in names) if (names[lang] !== title) search.addText(names[lang]!);
  };
  /** Parties named only by country or description: their countries are the record's, their words searchable. */
  const addUnnamed = (list: ReadonlyArray<{ country: string | null; description: string }> | undefined) => {
    if (!list) return;
    for (const u of list) {
      country(u.country);
      search.addText(u.description);
    }
  };
  /** Where a record took place (its own place or the one it inherits): venue, city, region and country name. */
  const addPlace = (place: { venue?: string | null; city?: string | null; region?: string | null; country: string | null } | undefined) => {
    if (!place) return;
    if (place.venue) search.addText(place.venue);
    if (place.city) search.addText(place.city);
    if (place.region) search.addText(place.region);
    if (place.country) search.addText(countryName(place.country));
  };
  const addPerson = (personId: string) => {
    const person = peopleById.get(personId);
    if (!person) return;
    search.addText(person.name);
    for (const lang in person.names) search.addText(person.names[lang]!);
    if (person.transliteration) search.addText(person.transliteration);
  };

  /** The record from its fields, the document begun for it and the countries and organisations noted. */
  const finish = (base: RecordBase): TimelineRecord => {
    // Countries: the record's own and its organisations', each once, sorted.
    const codes = ownCountries;
    for (let k = 0; k < mentioned.length; k += 1) {
      const entry = mentioned[k]!;
      search.includeGroup(entry.index);
      if (entry.country !== -1 && !codes.includes(entry.country)) codes.push(entry.country);
    }
    for (let k = 1; k < codes.length; k += 1) {
      const code = codes[k]!;
      let j = k - 1;
      for (; j >= 0 && countries.values[codes[j]!]! > countries.values[code]!; j -= 1) codes[j + 1] = codes[j]!;
      codes[j + 1] = code;
    }
    const countryNames = new Array<string>(codes.length);
    for (let k = 0; k < codes.length; k += 1) {
      countryNames[k] = countries.values[codes[k]!]!;
      recordCountries.push(codes[k]!);
    }
    recordCountryEnds.push(recordCountries.length);
    codes.length = 0;
    for (let k = 0; k < base.sectors.length; k += 1) recordSectors.push(sectors.code(base.sectors[k]!));
    recordSectorEnds.push(recordSectors.length);
    mentioned.length = 0;

    const sortKey = dateSortKey(base.date);
    const span = monthSpan(base.date);
    recordDates.push(span ? span.first : -1);
    recordDates.push(span ? span.last : -1);
    recordDates.push(sortKey ?? -1);
    // One object literal with fixed field order: every record gets the same hidden class in V8,
    // which keeps sorting and scanning 100,000 of them fast.
    return {
      type: base.type,
      id: base.id,
      title: base.title,
      kind: base.kind,
      status: base.status,
      date: base.date,
      sortKey,
      span,
      place: base.place,
      online: base.online,
      countries: countryNames,
      geo: base.geo,
      sectors: base.sectors,
      organisations: base.organisations,
      summary: base.summary,
      evidence: base.evidence,
      search: search.endDocument(),
    };
  };

  // Every record's search document starts the same way: its title, summary and native names.
  const beginSearch = (record: { title: string; summary: string; names: Record<string, string> }) => {
    search.beginDocument();
    search.addTitle(record.title);
    search.addText(record.summary);
    addNames(record.names, record.title);
  };

  const eventRecords = raw.events.map((event) => {
    const organisations = event.participants.map((p) => organisation(p.organisation, p.role));
    country(event.location.country);
    beginSearch(event);
    for (const { person } of event.people) addPerson(person);
    if (event.series) search.addText(seriesById.get(event.series)?.title ?? event.series);
    addUnnamed(event.unnamedParticipants);
    addPlace(event.location);
    return finish({
      type: 'event',
      id: event.id,
      title: event.title,
      kind: event.kind,
      status: event.status,
      date: event.date,
      place: event.location.online ? null : joinPlace([event.location.venue, event.location.city]),
      online: event.location.online,
      geo: eventGeo(event, countryOf),
      sectors: event.sectors,
      organisations,
      summary: event.summary,
      evidence: event.evidence,
    });
  });

  const delegationRecords = raw.delegations.map((delegation) => {
    const organisations: RecordOrganisation[] = [];
    for (const id of delegation.organisers) organisations.push(organisation(id, 'organiser'));
    for (const id of delegation.members) organisations.push(organisation(id, 'member'));
    for (const stop of delegation.stops) for (const id of stop.organisations) organisations.push(organisation(id, 'visited'));
    country(delegation.from.country);
    for (const to of delegation.to) country(to.country);
    for (const stop of delegation.stops) country(stop.country);
    beginSearch(delegation);
    search.addText(delegation.purpose);
    for (const stop of delegation.stops) search.addText(stop.place);
    addUnnamed(delegation.unnamedParticipants);
    addPlace(delegation.from);
    for (const to of delegation.to) addPlace(to);
    for (const stop of delegation.stops) addPlace(stop);
    return finish({
      type: 'delegation',
      id: delegation.id,
      title: delegation.title,
      kind: 'delegation',
      status: delegation.status,
      date: delegation.date,
      place: joinPlace(delegation.to.map((t) => t.city ?? t.region ?? null)),
      online: false,
      geo: delegationGeo(delegation, countryOf),
      sectors: delegation.sectors,
      organisations: dedupeOrganisations(organisations),
      summary: delegation.summary,
      evidence: delegation.evidence,
    });
  });

  const agreementRecords = raw.agreements.map((agreement) => {
    const event = agreement.event ? eventsById.get(agreement.event) : undefined;
    const organisations = agreement.parties.map((id) => organisation(id, 'party'));
    country(event?.location.country ?? null);
    beginSearch(agreement);
    if (agreement.unnamedParties) search.addText(agreement.unnamedParties);
    addUnnamed(agreement.unnamedParticipants);
    // The place of the event it came from: a card shows it, so a search for it finds the agreement.
    addPlace(event?.location);
    return finish({
      type: 'agreement',
      id: agreement.id,
      title: agreement.title,
      kind: agreement.status,
      status: agreement.status === 'planned' ? 'planned' : 'took-place',
      date: agreement.date,
      place: event && !event.location.online ? joinPlace([event.location.city]) : null,
      online: event?.location.online ?? false,
      geo: agreementGeo(agreement, countryOf, event),
      sectors: agreement.sectors,
      organisations,
      summary: agreement.summary,
      evidence: agreement.evidence,
    });
  });

  const built = [...eventRecords, ...delegationRecords, ...agreementRecords];
  // built[b] is the b-th record built; positions[i] is the one at place i in the timeline's order.
  const positions = sortedPositions(built, 'newest', (a, b) => search.compareTitles(a, b));
  const records = new Array<TimelineRecord>(built.length);
  for (let i = 0; i < positions.length; i += 1) records[i] = built[positions[i]!]!;

  // The facet bitsets, in timeline order, from the numbers kept per record. Maps get their keys in order of
  // first mention, as callers iterate them.
  const bitsets = new RecordBitsetsBuilder(records.length);
  const typeOf = (b: number): RecordType => (b < eventRecords.length ? 'event' : b < eventRecords.length + delegationRecords.length ? 'delegation' : 'agreement');
  for (let i = 0; i < records.length; i += 1) {
    const b = positions[i]!;
    bitsets.type(typeOf(b), i);
    bitsets.status(filterStatusOf(records[i]!), i);
    for (let k = b === 0 ? 0 : recordCountryEnds.get(b - 1), end = recordCountryEnds.get(b); k < end; k += 1) {
      bitsets.country(countries.values[recordCountries.get(k)]!, i);
    }
    for (let k = b === 0 ? 0 : recordSectorEnds.get(b - 1), end = recordSectorEnds.get(b); k < end; k += 1) {
      bitsets.sector(sectors.values[recordSectors.get(k)]!, i);
    }
    const { geo } = records[i]!;
    for (const origin of geo.origins) bitsets.origin(origin, i);
    for (const host of geo.hosts) bitsets.host(host, i);
    const sortKey = recordDates.get(3 * b + 2);
    bitsets.date(i, recordDates.get(3 * b), recordDates.get(3 * b + 1), sortKey === -1 ? null : sortKey);
  }
  // The timeline's filter indexes, with the search index, now rather than on the first query.
  const searchIndex = search.build(positions);
  for (let o = 0; o < organisationList.length; o += 1) {
    const { id, index } = organisationList[o]!;
    const found = searchIndex.groupPositions(index);
    if (found.length > 0) bitsets.organisationPositions(id, found);
  }
  const facets = bitsets.build(records, { search: searchIndex, newestFirst: true });
  const countryRecordCounts = new Map<string, number>();
  for (const [country, mask] of facets.countries) countryRecordCounts.set(country, countBits(mask));

  let recordsByKey: Map<string, TimelineRecord> | undefined;
  let recordsByOrganisation: Map<string, OrganisationRecordLink[]> | undefined;
  let organisationSearchText: Map<string, string> | undefined;
  let glossesBySource: Map<string, Map<string, Gloss>> | undefined;
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
    // Record and organisation pages and the directory need these, the timeline does not: built on first use.
    get recordsByKey() {
      return (recordsByKey ??= keyRecords(records));
    },
    get recordsByOrganisation() {
      return (recordsByOrganisation ??= linkOrganisations(records));
    },
    peopleByOrganisation,
    get organisationSearchText() {
      return (organisationSearchText ??= organisationSearchTexts(raw.organisations, organisationsById));
    },
    countryRecordCounts,
    get glossesBySource() {
      return (glossesBySource ??= indexGlosses(raw.glosses));
    },
  };
}
