/**
 * Dataset slices: the part of the dataset one page needs, so a deep link to one organisation
 * or record downloads that page's records rather than the whole corpus.
 *
 * A slice is itself a RawDataset, so the store indexes it exactly like the full one and pages
 * render the same from either. Each slice holds the page's own records, the records they link
 * to (one hop), and every organisation and person those records name. An organisation's or
 * record's slice carries only the sources its page quotes or exports, since everything else there
 * appears by name and its own page loads its own slice; a source's slice carries every source cited.
 * Likewise the organisations such a page only names (participants, partners, a person's employer) are
 * references, not copies (sliceReferences.ts), and it carries only the series its records belong to.
 * A slice carries the glosses of the quotes it can show: its records', organisations' and people's
 * evidence from the sources it carries.
 */
import { citationsBySource } from '../sources/index.ts';
import { recordKey, type DatasetIndex } from '../dataset/index.ts';
import { journeyOf, relatedToAgreement, relatedToDelegation, relatedToEvent, seriesEditions, type RelatedGroup } from '../dataset/index.ts';
import { glossKey } from '../sources/index.ts';
import type { Gloss, RawDataset, RecordType } from '../records/index.ts';
import { isReference, referenceOrganisation } from './sliceReferences.ts';
import { agreementFromReference, agreementReference, delegationFromReference, delegationReference, eventFromReference, eventReference, isRecordReference } from './recordReferences.ts';

export const sliceKinds = ['organisation', 'event', 'delegation', 'agreement', 'source', 'series'] as const;
export type SliceKind = (typeof sliceKinds)[number];

interface Seed {
  records: Array<{ type: RecordType; id: string }>;
  organisations: string[];
  people: string[];
  sources: string[];
  /**
   * Whether the slice also carries the sources cited by every record, organisation and person
   * it picks up; when false, only `sources` (the ones the page itself shows or exports).
   */
  allSources: boolean;
  /**
   * Whether the organisations the page only names (all but `organisations`) are references: the page
   * shows their names, links, countries and kinds, never their summaries or evidence.
   */
  referenceOthers: boolean;
  /** Series the page shows beyond those of its records (a series page's own). */
  series: string[];
  /**
   * Whether the records the page only lists (all but `fullRecords`) are references: the page shows them as
   * cards and links, never their summaries, people or evidence (recordReferences.ts).
   */
  referenceRecords: boolean;
  /** The records the page shows in full: a record page's own. */
  fullRecords: Array<{ type: RecordType; id: string }>;
}

const emptySeed = (): Seed => ({ records: [], organisations: [], people: [], sources: [], allSources: true, referenceOthers: false, series: [], referenceRecords: false, fullRecords: [] });

type Listed = 'sources' | 'organisations' | 'people' | 'events' | 'delegations' | 'agreements';

/** Built once per dataset: the build cuts a slice for every page, and each would otherwise rescan every list. */
interface Layout {
  /** Each item's place in its list, so a slice keeps the full dataset's order without a pass over it. */
  positions: Record<Listed, Map<string, number>>;
  /** Each gloss's place in its list, by glossKey (the first of duplicates). */
  glossPositions: Map<string, number>;
  units: Map<string, string[]>;
}

const layoutCache = new WeakMap<RawDataset, Layout>();

function layoutOf(raw: RawDataset): Layout {
  let layout = layoutCache.get(raw);
  if (layout) return layout;
  const positionsOf = (items: ReadonlyArray<{ id: string }>) => {
    const positions = new Map<string, number>();
    // The first copy wins, as it would in a filter of the list (ids are unique in valid data anyway).
    items.forEach((item, i) => {
      if (!positions.has(item.id)) positions.set(item.id, i);
    });
    return positions;
  };
  const units = new Map<string, string[]>();
  for (const o of raw.organisations) {
    if (!o.parent) continue;
    const ids = units.get(o.parent);
    if (ids) ids.push(o.id);
    else units.set(o.parent, [o.id]);
  }
  const glossPositions = new Map<string, number>();
  raw.glosses.forEach((gloss, i) => {
    const key = glossKey(gloss.source, gloss.quote);
    if (!glossPositions.has(key)) glossPositions.set(key, i);
  });
  layout = {
    glossPositions,
    positions: {
      sources: positionsOf(raw.sources),
      organisations: positionsOf(raw.organisations),
      people: positionsOf(raw.people),
      events: positionsOf(raw.events),
      delegations: positionsOf(raw.delegations),
      agreements: positionsOf(raw.agreements),
    },
    units,
  };
  layoutCache.set(raw, layout);
  return layout;
}

function relatedRecords(groups: RelatedGroup[]): Seed['records'] {
  return groups.flatMap((g) => g.items.map((i) => ({ type: i.record.type, id: i.record.id })));
}

export function hasRecord(index: DatasetIndex, kind: SliceKind, id: string): boolean {
  if (kind === 'organisation') return index.organisationsById.has(id);
  if (kind === 'source') return index.sourcesById.has(id);
  if (kind === 'series') return index.raw.series.some((series) => series.id === id);
  return index.recordsByKey.has(recordKey(kind, id));
}

/** What a page shows, as ids; null when the page's own record does not exist. */
export function pageSeed(index: DatasetIndex, kind: SliceKind, id: string): Seed | null {
  const seed = emptySeed();
  switch (kind) {
    case 'organisation': {
      const org = index.organisationsById.get(id);
      if (!org) return null;
      seed.organisations.push(id, ...(org.parent ? [org.parent] : []));
      seed.organisations.push(...(layoutOf(index.raw).units.get(id) ?? []));
      seed.records.push(...(index.recordsByOrganisation.get(id) ?? []).map(({ record }) => ({ type: record.type, id: record.id })));
      const people = index.peopleByOrganisation.get(id) ?? [];
      seed.people.push(...people.map((p) => p.id));
      // The page quotes only the organisation's own evidence (its people's, which belong to it, are kept
      // too) and lists its records as cards; its export fetches them whole (organisationRecordsSlice). Its
      // co-participants are links by name whose pages load their own slices.
      seed.allSources = false;
      seed.referenceOthers = true;
      seed.referenceRecords = true;
      for (const item of [org, ...people]) for (const e of item.evidence) seed.sources.push(e.source);
      return seed;
    }
    case 'event':
    case 'delegation':
    case 'agreement': {
      if (!index.recordsByKey.has(recordKey(kind, id))) return null;
      seed.records.push({ type: kind, id });
      const related = kind === 'event' ? relatedToEvent : kind === 'delegation' ? relatedToDelegation : relatedToAgreement;
      seed.records.push(...relatedRecords(related(index, id)));
      // The journey strip names every record of the chain, in order.
      seed.records.push(...journeyOf(index, kind, id).map((record) => ({ type: record.type, id: record.id })));
      // The page quotes (and exports) only the record's own evidence; related records and organisations
      // appear by title and name, and their pages load their own slices.
      seed.allSources = false;
      seed.referenceOthers = true;
      seed.referenceRecords = true;
      seed.fullRecords.push({ type: kind, id });
      for (const e of index.recordsByKey.get(recordKey(kind, id))!.evidence) seed.sources.push(e.source);
      return seed;
    }
    case 'series': {
      const series = index.raw.series.find((candidate) => candidate.id === id);
      if (!series) return null;
      seed.records.push(...seriesEditions(index, id).map((record) => ({ type: record.type, id: record.id })));
      seed.series.push(id);
      seed.allSources = false;
      seed.referenceOthers = true;
      seed.referenceRecords = true;
      for (const e of series.evidence) seed.sources.push(e.source);
      return seed;
    }
    case 'source': {
      if (!index.sourcesById.has(id)) return null;
      seed.sources.push(id);
      for (const citation of citationsBySource(index.raw).get(id) ?? []) {
        const { kind: citingKind, id: citingId } = citation.record;
        if (citingKind === 'organisation') seed.organisations.push(citingId);
        else if (citingKind === 'person') seed.people.push(citingId);
        else seed.records.push({ type: citingKind, id: citingId });
      }
      return seed;
    }
  }
}

/** Close a seed over its references and cut those records out of the full dataset. */
export function sliceDataset(index: DatasetIndex, seed: Seed): RawDataset {
  const events = new Set<string>();
  const delegations = new Set<string>();
  const agreements = new Set<string>();
  const sets = { event: events, delegation: delegations, agreement: agreements };
  for (const { type, id } of seed.records) sets[type].add(id);

  // One hop: the records the page's records link to (their titles are shown as links).
  for (const id of [...events]) {
    const event = index.eventsById.get(id);
    if (event?.partOf) events.add(event.partOf);
    if (event?.delegation) delegations.add(event.delegation);
  }
  for (const id of [...delegations]) {
    for (const stop of index.delegationsById.get(id)?.stops ?? []) if (stop.event) events.add(stop.event);
  }
  for (const id of [...agreements]) {
    const event = index.agreementsById.get(id)?.event;
    if (event) events.add(event);
  }

  const organisations = new Set(seed.organisations);
  const people = new Set(seed.people);
  const sources = new Set(seed.sources);
  const pick = <T extends { id: string }>(ids: Set<string>, byId: Map<string, T>) =>
    [...ids].map((id) => byId.get(id)).filter((item): item is T => item !== undefined);

  // Records the page only lists become references; the people they name are theirs, not the page's.
  const full = new Set(seed.fullRecords.map(({ type, id }) => recordKey(type, id)));
  const referenced = <T extends { id: string }>(type: RecordType, reference: (record: T) => T) => (record: T) =>
    seed.referenceRecords && !full.has(recordKey(type, record.id)) ? reference(record) : record;
  const pickedEvents = pick(events, index.eventsById).map(referenced('event', (e) => eventFromReference(eventReference(e))));
  const pickedDelegations = pick(delegations, index.delegationsById).map(referenced('delegation', (d) => delegationFromReference(delegationReference(d))));
  const pickedAgreements = pick(agreements, index.agreementsById).map(referenced('agreement', (a) => agreementFromReference(agreementReference(a))));
  for (const event of pickedEvents) {
    event.participants.forEach((p) => organisations.add(p.organisation));
    event.people.forEach((p) => people.add(p.person));
  }
  for (const delegation of pickedDelegations) {
    [...delegation.organisers, ...delegation.members, ...delegation.stops.flatMap((s) => s.organisations)].forEach((o) => organisations.add(o));
  }
  for (const agreement of pickedAgreements) agreement.parties.forEach((o) => organisations.add(o));
  const pickedPeople = pick(people, index.peopleById);
  for (const person of pickedPeople) if (person.organisation) organisations.add(person.organisation);
  const shownInFull = new Set(seed.organisations);
  const pickedOrganisations = pick(organisations, index.organisationsById).map((organisation) =>
    seed.referenceOthers && !shownInFull.has(organisation.id) ? referenceOrganisation(organisation) : organisation,
  );
  // References have no evidence here: their sources and glosses are for their own pages.
  const fullOrganisations = pickedOrganisations.filter((organisation) => !isReference(organisation));

  if (seed.allSources) {
    for (const item of [...pickedEvents, ...pickedDelegations, ...pickedAgreements, ...fullOrganisations, ...pickedPeople]) {
      item.evidence.forEach((e) => sources.add(e.source));
    }
  }

  // Keep the full dataset's order, so indexes built from a slice order ties the same way.
  const { positions, glossPositions } = layoutOf(index.raw);
  const glossAt = new Set<number>();
  // A series page quotes the series' own evidence.
  const ownSeries = seriesOf(index.raw, new Set(seed.series));
  for (const item of [...pickedEvents, ...pickedDelegations, ...pickedAgreements, ...fullOrganisations, ...pickedPeople, ...ownSeries]) {
    for (const e of item.evidence) {
      const at = sources.has(e.source) ? glossPositions.get(glossKey(e.source, e.quote)) : undefined;
      if (at !== undefined) glossAt.add(at);
    }
  }
  const glosses: Gloss[] = [...glossAt].sort((a, b) => a - b).map((at) => index.raw.glosses[at]!);
  const inOrder = <T extends { id: string }>(list: Listed, picked: T[]) => {
    const at = positions[list];
    return picked.sort((a, b) => at.get(a.id)! - at.get(b.id)!);
  };
  return {
    sectors: index.raw.sectors,
    sources: inOrder('sources', pick(sources, index.sourcesById)),
    organisations: inOrder('organisations', pickedOrganisations),
    people: inOrder('people', pickedPeople),
    events: inOrder('events', pickedEvents),
    delegations: inOrder('delegations', pickedDelegations),
    agreements: inOrder('agreements', pickedAgreements),
    // The series the slice's records belong to (their titles and links), and the page's own: the
    // whole list would be most of a record page's slice at 100,000 records.
    series: seriesOf(index.raw, new Set([...seed.series, ...pickedEvents.flatMap((event) => (event.series ? [event.series] : []))])),
    glosses,
  };
}

/** The series with these ids, in the full dataset's order (the list is short: a filter is enough). */
const seriesOf = (raw: RawDataset, ids: ReadonlySet<string>) => (ids.size === 0 ? [] : raw.series.filter((series) => ids.has(series.id)));

export function pageSlice(index: DatasetIndex, kind: SliceKind, id: string): RawDataset | null {
  const seed = pageSeed(index, kind, id);
  return seed ? sliceDataset(index, seed) : null;
}

/** The folder under data/slices/ of the organisations' records whole (organisationRecordsSlice). */
export const organisationRecordsFolder = 'organisation-records';

/**
 * An organisation's records whole, for its page's export (CSV, JSON, iCalendar), which its slice lists only as
 * references: fetched when the export menu opens; null for an organisation without records (its page offers
 * no download). With what the files name: the organisations (references)
 * and the sources their quotes come from; not the people or the glosses, which the files do not carry.
 */
export function organisationRecordsSlice(index: DatasetIndex, id: string): RawDataset | null {
  const records = (index.recordsByOrganisation.get(id) ?? []).map(({ record }) => ({ type: record.type, id: record.id }));
  // An organisation without records has no Download menu, so no file.
  if (records.length === 0) return null;
  // The records they link to (part of, stops, the event an agreement came from) come as references, as on the page.
  const slice = sliceDataset(index, { ...emptySeed(), records, referenceOthers: true, referenceRecords: true, fullRecords: records });
  return { ...slice, people: [], glosses: [] };
}

/**
 * Merge slices (and the full dataset) by id; later copies of a record are the same record, except that a
 * whole organisation or record replaces a reference to it (in the reference's place).
 */
export function mergeDatasets(a: RawDataset, b: RawDataset): RawDataset {
  const merge = <T extends { id: string }>(x: T[], y: T[]) => {
    const seen = new Set(x.map((item) => item.id));
    return [...x, ...y.filter((item) => !seen.has(item.id))];
  };
  // A reference in `x` gives way to the whole item from `y`, in the reference's place.
  const mergeReferences = <T extends { id: string }>(x: T[], y: T[], isReferenceItem: (item: T) => boolean) => {
    const full = new Map(y.filter((item) => !isReferenceItem(item)).map((item) => [item.id, item]));
    return merge(
      x.map((item) => (isReferenceItem(item) ? (full.get(item.id) ?? item) : item)),
      y,
    );
  };
  const glossKeys = new Set(a.glosses.map((g) => glossKey(g.source, g.quote)));
  return {
    sectors: merge(a.sectors, b.sectors),
    sources: merge(a.sources, b.sources),
    organisations: mergeReferences(a.organisations, b.organisations, isReference),
    people: merge(a.people, b.people),
    events: mergeReferences(a.events, b.events, isRecordReference),
    delegations: mergeReferences(a.delegations, b.delegations, isRecordReference),
    agreements: mergeReferences(a.agreements, b.agreements, isRecordReference),
    series: merge(a.series, b.series),
    glosses: [...a.glosses, ...b.glosses.filter((g) => !glossKeys.has(glossKey(g.source, g.quote)))],
  };
}
