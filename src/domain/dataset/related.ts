/**
 * "Related records" for a record page: the records its own links point to (sub-events,
 * the delegation's other events, agreements that came out of it), then the few records
 * sharing most organisations with it.
 */
import { recordKey, type DatasetIndex, type TimelineRecord } from './timelineRecord.ts';
import { sortRecords } from './recordOrder.ts';
import type { RecordType } from '../records/index.ts';
import { msg } from '../records/index.ts';

export interface RelatedItem {
  record: TimelineRecord;
  /** For records related by shared organisations: which ones (ids). */
  sharedOrganisations?: string[];
}

export interface RelatedGroup {
  key: string;
  /** An English message (msg): the interface translates it, with these values. */
  heading: string;
  headingValues?: Record<string, string>;
  /** The event whose title `headingValues.title` is, so the interface can show it in its language. */
  headingEvent?: string;
  items: RelatedItem[];
}

export const maxSharingRecords = 4;

/** Who points at whom, in data order: the record pages would otherwise rescan every event and agreement per page. */
interface Links {
  subEvents: Map<string, string[]>;
  delegationEvents: Map<string, string[]>;
  eventAgreements: Map<string, string[]>;
  agreementPosition: Map<string, number>;
}

const linksCache = new WeakMap<DatasetIndex, Links>();

function linksOf(index: DatasetIndex): Links {
  let links = linksCache.get(index);
  if (links) return links;
  const add = (map: Map<string, string[]>, key: string | null | undefined, id: string) => {
    if (!key) return;
    const ids = map.get(key);
    if (ids) ids.push(id);
    else map.set(key, [id]);
  };
  links = { subEvents: new Map(), delegationEvents: new Map(), eventAgreements: new Map(), agreementPosition: new Map() };
  for (const e of index.raw.events) {
    add(links.subEvents, e.partOf, e.id);
    add(links.delegationEvents, e.delegation, e.id);
  }
  index.raw.agreements.forEach((a, position) => {
    add(links.eventAgreements, a.event, a.id);
    links.agreementPosition.set(a.id, position);
  });
  linksCache.set(index, links);
  return links;
}

const linked = (map: Map<string, string[]>, key: string): string[] => map.get(key) ?? [];

function lookup(index: DatasetIndex, type: RecordType, ids: Iterable<string>): TimelineRecord[] {
  const found: TimelineRecord[] = [];
  for (const id of new Set(ids)) {
    const record = index.recordsByKey.get(recordKey(type, id));
    if (record) found.push(record);
  }
  return sortRecords(found, 'oldest');
}

interface SharingEntry {
  record: TimelineRecord;
  organisations: string[];
}

/** Records sharing organisations with `self`, most shared first, leaving out those already shown. */
export function recordsSharingOrganisations(
  index: DatasetIndex,
  self: TimelineRecord,
  exclude: ReadonlySet<string>,
  limit = maxSharingRecords,
): RelatedItem[] {
  // Keyed by the record itself: big organisations take part in thousands of records, and a string key
  // for each would cost more than the counting.
  const skip = new Set<TimelineRecord>();
  for (const key of exclude) {
    const record = index.recordsByKey.get(key);
    if (record) skip.add(record);
  }
  const selfKey = recordKey(self.type, self.id);
  const selfRecord = index.recordsByKey.get(selfKey);
  if (selfRecord) skip.add(selfRecord);
  const shared = new Map<TimelineRecord, SharingEntry>();
  for (const orgId of new Set(self.organisations.map((o) => o.id))) {
    for (const { record } of index.recordsByOrganisation.get(orgId) ?? []) {
      if (skip.has(record) || record === self) continue;
      const entry = shared.get(record);
      if (entry) entry.organisations.push(orgId);
      else shared.set(record, { record, organisations: [orgId] });
    }
  }
  const compare = (a: SharingEntry, b: SharingEntry) =>
    b.organisations.length - a.organisations.length ||
    (b.record.sortKey ?? -1) - (a.record.sortKey ?? -1) ||
    a.record.title.localeCompare(b.record.title);
  // The first `limit` of a stable sort, without sorting every record a big organisation takes part in.
  const toItem = ({ record, organisations }: SharingEntry): RelatedItem => ({ record, sharedOrganisations: organisations });
  if (!(Number.isInteger(limit) && limit >= 0 && limit < shared.size)) return [...shared.values()].sort(compare).slice(0, limit).map(toItem);
  const best: SharingEntry[] = [];
  for (const entry of shared.values()) {
    if (best.length === limit && (limit === 0 || compare(entry, best[limit - 1]!) >= 0)) continue;
    let at = best.length;
    while (at > 0 && compare(entry, best[at - 1]!) < 0) at -= 1;
    best.splice(at, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best.map(toItem);
}

/** Adds the records sharing organisations, leaving out those shown in the groups or elsewhere on the page. */
function finish(
  index: DatasetIndex,
  self: TimelineRecord | undefined,
  groups: RelatedGroup[],
  shownElsewhere: string[] = [],
): RelatedGroup[] {
  const nonEmpty = groups.filter((g) => g.items.length > 0);
  if (!self) return nonEmpty;
  const shown = new Set([...shownElsewhere, ...nonEmpty.flatMap((g) => g.items.map((i) => recordKey(i.record.type, i.record.id)))]);
  const sharing = recordsSharingOrganisations(index, self, shown);
  return sharing.length > 0 ? [...nonEmpty, { key: 'shared', heading: msg('Sharing organisations'), items: sharing }] : nonEmpty;
}

const items = (records: TimelineRecord[]): RelatedItem[] => records.map((record) => ({ record }));

export function relatedToEvent(index: DatasetIndex, id: string): RelatedGroup[] {
  const event = index.eventsById.get(id);
  if (!event) return [];
  const links = linksOf(index);
  const parent = event.partOf ? index.eventsById.get(event.partOf) : undefined;
  const sameDelegation = event.delegation ? delegationEventIds(index, event.delegation) : [];
  // What the page itself points to comes first: the event it was part of and its delegation.
  return finish(index, index.recordsByKey.get(recordKey('event', id)), [
    {
      key: 'points-to',
      heading: msg('This event was part of'),
      items: items([
        ...lookup(index, 'event', event.partOf ? [event.partOf] : []),
        ...lookup(index, 'delegation', event.delegation ? [event.delegation] : []),
      ]),
    },
    { key: 'sub-events', heading: msg('Sub-events'), items: items(lookup(index, 'event', linked(links.subEvents, id))) },
    {
      key: 'agreements',
      heading: msg('Agreements from this event'),
      items: items(lookup(index, 'agreement', linked(links.eventAgreements, id))),
    },
    {
      key: 'delegation',
      heading: msg('Other events of this delegation'),
      items: items(lookup(index, 'event', sameDelegation.filter((e) => e !== id))),
    },
    {
      key: 'siblings',
      heading: parent ? msg('Also part of {title}') : msg('Also part of the same event'),
      ...(parent ? { headingValues: { title: parent.title }, headingEvent: parent.id } : {}),
      items: items(lookup(index, 'event', parent ? linked(links.subEvents, parent.id).filter((e) => e !== id) : [])),
    },
  ]);
}

/** The events a delegation took part in: those that name it, and the events of its stops. */
export function delegationEventIds(index: DatasetIndex, id: string): string[] {
  const delegation = index.delegationsById.get(id);
  if (!delegation) return [];
  return [
    ...new Set([
      ...delegation.stops.flatMap((s) => (s.event ? [s.event] : [])),
      ...linked(linksOf(index).delegationEvents, id),
    ]),
  ];
}

export function relatedToDelegation(index: DatasetIndex, id: string): RelatedGroup[] {
  const eventIds = new Set(delegationEventIds(index, id));
  const { eventAgreements, agreementPosition } = linksOf(index);
  // Data order, as a scan of all agreements would give: date ties keep it when sorted.
  const agreements = [...eventIds]
    .flatMap((event) => linked(eventAgreements, event))
    .sort((a, b) => agreementPosition.get(a)! - agreementPosition.get(b)!);
  return finish(index, index.recordsByKey.get(recordKey('delegation', id)), [
    { key: 'events', heading: msg('Events of this delegation'), items: items(lookup(index, 'event', eventIds)) },
    {
      key: 'agreements',
      heading: msg('Agreements from its events'),
      items: items(lookup(index, 'agreement', agreements)),
    },
  ]);
}

export function relatedToAgreement(index: DatasetIndex, id: string): RelatedGroup[] {
  const agreement = index.agreementsById.get(id);
  if (!agreement) return [];
  const links = linksOf(index);
  const eventId = agreement.event;
  const siblings = eventId ? linked(links.eventAgreements, eventId).filter((a) => a !== id) : [];
  const event = eventId ? index.eventsById.get(eventId) : undefined;
  // The page names the event it came from, so Related lists it too, with that event's other records.
  return finish(index, index.recordsByKey.get(recordKey('agreement', id)), [
    { key: 'event', heading: msg('The event it came from'), items: items(lookup(index, 'event', eventId ? [eventId] : [])) },
    { key: 'agreements', heading: msg('Other agreements from the same event'), items: items(lookup(index, 'agreement', siblings)) },
    {
      key: 'event-records',
      heading: msg('Other records of that event'),
      items: items([
        ...lookup(index, 'event', [...(event?.partOf ? [event.partOf] : []), ...(eventId ? linked(links.subEvents, eventId) : [])]),
        ...lookup(index, 'delegation', event?.delegation ? [event.delegation] : []),
      ]),
    },
  ]);
}
