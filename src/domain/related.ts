/**
 * "Related records" for a record page: the records its own links point to (sub-events,
 * the delegation's other events, agreements that came out of it), then the few records
 * sharing most organisations with it.
 */
import { recordKey, sortRecords, type DatasetIndex, type TimelineRecord } from './dataset.ts';
import type { RecordType } from './types.ts';

export interface RelatedItem {
  record: TimelineRecord;
  /** For records related by shared organisations: which ones (ids). */
  sharedOrganisations?: string[];
}

export interface RelatedGroup {
  key: string;
  heading: string;
  items: RelatedItem[];
}

export const maxSharingRecords = 4;

function lookup(index: DatasetIndex, type: RecordType, ids: Iterable<string>): TimelineRecord[] {
  const found: TimelineRecord[] = [];
  for (const id of new Set(ids)) {
    const record = index.recordsByKey.get(recordKey(type, id));
    if (record) found.push(record);
  }
  return sortRecords(found, 'oldest');
}

/** Records sharing organisations with `self`, most shared first, leaving out those already shown. */
export function recordsSharingOrganisations(
  index: DatasetIndex,
  self: TimelineRecord,
  exclude: ReadonlySet<string>,
  limit = maxSharingRecords,
): RelatedItem[] {
  const shared = new Map<string, { record: TimelineRecord; organisations: string[] }>();
  for (const orgId of new Set(self.organisations.map((o) => o.id))) {
    for (const { record } of index.recordsByOrganisation.get(orgId) ?? []) {
      const key = recordKey(record.type, record.id);
      if (key === recordKey(self.type, self.id) || exclude.has(key)) continue;
      const entry = shared.get(key) ?? { record, organisations: [] };
      entry.organisations.push(orgId);
      shared.set(key, entry);
    }
  }
  return [...shared.values()]
    .sort(
      (a, b) =>
        b.organisations.length - a.organisations.length ||
        (b.record.sortKey ?? -1) - (a.record.sortKey ?? -1) ||
        a.record.title.localeCompare(b.record.title),
    )
    .slice(0, limit)
    .map(({ record, organisations }) => ({ record, sharedOrganisations: organisations }));
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
  return sharing.length > 0 ? [...nonEmpty, { key: 'shared', heading: 'Sharing organisations', items: sharing }] : nonEmpty;
}

const items = (records: TimelineRecord[]): RelatedItem[] => records.map((record) => ({ record }));

export function relatedToEvent(index: DatasetIndex, id: string): RelatedGroup[] {
  const event = index.eventsById.get(id);
  if (!event) return [];
  const events = index.raw.events;
  const parent = event.partOf ? index.eventsById.get(event.partOf) : undefined;
  const sameDelegation = event.delegation ? delegationEventIds(index, event.delegation) : [];
  // The parent event and the delegation are key facts on the page itself.
  const shownElsewhere = [
    ...(event.partOf ? [recordKey('event', event.partOf)] : []),
    ...(event.delegation ? [recordKey('delegation', event.delegation)] : []),
  ];
  return finish(index, index.recordsByKey.get(recordKey('event', id)), [
    { key: 'sub-events', heading: 'Sub-events', items: items(lookup(index, 'event', events.filter((e) => e.partOf === id).map((e) => e.id))) },
    {
      key: 'agreements',
      heading: 'Agreements from this event',
      items: items(lookup(index, 'agreement', index.raw.agreements.filter((a) => a.event === id).map((a) => a.id))),
    },
    {
      key: 'delegation',
      heading: 'Other events of this delegation',
      items: items(lookup(index, 'event', sameDelegation.filter((e) => e !== id))),
    },
    {
      key: 'siblings',
      heading: parent ? `Also part of ${parent.title}` : 'Also part of the same event',
      items: items(lookup(index, 'event', parent ? events.filter((e) => e.partOf === parent.id && e.id !== id).map((e) => e.id) : [])),
    },
  ], shownElsewhere);
}

/** The events a delegation took part in: those that name it, and the events of its stops. */
export function delegationEventIds(index: DatasetIndex, id: string): string[] {
  const delegation = index.delegationsById.get(id);
  if (!delegation) return [];
  return [
    ...new Set([
      ...delegation.stops.flatMap((s) => (s.event ? [s.event] : [])),
      ...index.raw.events.filter((e) => e.delegation === id).map((e) => e.id),
    ]),
  ];
}

export function relatedToDelegation(index: DatasetIndex, id: string): RelatedGroup[] {
  const eventIds = new Set(delegationEventIds(index, id));
  return finish(index, index.recordsByKey.get(recordKey('delegation', id)), [
    { key: 'events', heading: 'Events of this delegation', items: items(lookup(index, 'event', eventIds)) },
    {
      key: 'agreements',
      heading: 'Agreements from its events',
      items: items(lookup(index, 'agreement', index.raw.agreements.filter((a) => a.event && eventIds.has(a.event)).map((a) => a.id))),
    },
  ]);
}

export function relatedToAgreement(index: DatasetIndex, id: string): RelatedGroup[] {
  const agreement = index.agreementsById.get(id);
  if (!agreement) return [];
  const siblings = agreement.event
    ? index.raw.agreements.filter((a) => a.event === agreement.event && a.id !== id).map((a) => a.id)
    : [];
  // The event it came from is a key fact on the page itself.
  return finish(
    index,
    index.recordsByKey.get(recordKey('agreement', id)),
    [{ key: 'agreements', heading: 'Other agreements from the same event', items: items(lookup(index, 'agreement', siblings)) }],
    agreement.event ? [recordKey('event', agreement.event)] : [],
  );
}
