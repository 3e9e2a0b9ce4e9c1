/**
 * Dataset slices: the part of the dataset one page needs, so a deep link to one organisation
 * or record downloads that page's records rather than the whole corpus.
 *
 * A slice is itself a RawDataset, so the store indexes it exactly like the full one and pages
 * render the same from either. Each slice holds the page's own records, the records they link
 * to (one hop), and every organisation, person and source those records name.
 */
import { citationsBySource } from './citations.ts';
import { recordKey, type DatasetIndex } from './dataset.ts';
import { relatedToAgreement, relatedToDelegation, relatedToEvent, type RelatedGroup } from './related.ts';
import type { RawDataset, RecordType } from './types.ts';

export const sliceKinds = ['organisation', 'event', 'delegation', 'agreement', 'source'] as const;
export type SliceKind = (typeof sliceKinds)[number];

interface Seed {
  records: Array<{ type: RecordType; id: string }>;
  organisations: string[];
  people: string[];
  sources: string[];
}

const emptySeed = (): Seed => ({ records: [], organisations: [], people: [], sources: [] });

function relatedRecords(groups: RelatedGroup[]): Seed['records'] {
  return groups.flatMap((g) => g.items.map((i) => ({ type: i.record.type, id: i.record.id })));
}

export function hasRecord(index: DatasetIndex, kind: SliceKind, id: string): boolean {
  if (kind === 'organisation') return index.organisationsById.has(id);
  if (kind === 'source') return index.sourcesById.has(id);
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
      seed.organisations.push(...index.raw.organisations.filter((o) => o.parent === id).map((o) => o.id));
      seed.records.push(...(index.recordsByOrganisation.get(id) ?? []).map(({ record }) => ({ type: record.type, id: record.id })));
      seed.people.push(...(index.peopleByOrganisation.get(id) ?? []).map((p) => p.id));
      return seed;
    }
    case 'event':
    case 'delegation':
    case 'agreement': {
      if (!index.recordsByKey.has(recordKey(kind, id))) return null;
      seed.records.push({ type: kind, id });
      const related = kind === 'event' ? relatedToEvent : kind === 'delegation' ? relatedToDelegation : relatedToAgreement;
      seed.records.push(...relatedRecords(related(index, id)));
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

  const pickedEvents = pick(events, index.eventsById);
  const pickedDelegations = pick(delegations, index.delegationsById);
  const pickedAgreements = pick(agreements, index.agreementsById);
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
  const pickedOrganisations = pick(organisations, index.organisationsById);

  for (const item of [...pickedEvents, ...pickedDelegations, ...pickedAgreements, ...pickedOrganisations, ...pickedPeople]) {
    item.evidence.forEach((e) => sources.add(e.source));
  }

  // Keep the full dataset's order, so indexes built from a slice order ties the same way.
  const inOrder = <T extends { id: string }>(all: T[], picked: T[]) => {
    const keep = new Set(picked.map((p) => p.id));
    return all.filter((item) => keep.has(item.id));
  };
  return {
    sectors: index.raw.sectors,
    sources: inOrder(index.raw.sources, pick(sources, index.sourcesById)),
    organisations: inOrder(index.raw.organisations, pickedOrganisations),
    people: inOrder(index.raw.people, pickedPeople),
    events: inOrder(index.raw.events, pickedEvents),
    delegations: inOrder(index.raw.delegations, pickedDelegations),
    agreements: inOrder(index.raw.agreements, pickedAgreements),
  };
}

export function pageSlice(index: DatasetIndex, kind: SliceKind, id: string): RawDataset | null {
  const seed = pageSeed(index, kind, id);
  return seed ? sliceDataset(index, seed) : null;
}

/** Merge slices (and the full dataset) by id; later copies of a record are the same record. */
export function mergeDatasets(a: RawDataset, b: RawDataset): RawDataset {
  const merge = <T extends { id: string }>(x: T[], y: T[]) => {
    const seen = new Set(x.map((item) => item.id));
    return [...x, ...y.filter((item) => !seen.has(item.id))];
  };
  return {
    sectors: merge(a.sectors, b.sectors),
    sources: merge(a.sources, b.sources),
    organisations: merge(a.organisations, b.organisations),
    people: merge(a.people, b.people),
    events: merge(a.events, b.events),
    delegations: merge(a.delegations, b.delegations),
    agreements: merge(a.agreements, b.agreements),
  };
}
