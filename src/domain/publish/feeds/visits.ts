/**
 * Visiting → host country pairs, derived from what the records state: a delegation travels from its
 * origin country to each destination country; at an event, each participant's country (named
 * organisations' countries and unnamed participants' countries) visits the event's country, where the
 * two differ. Pairs are only formed where both countries are known.
 */
import type { DatasetIndex, TimelineRecord } from '../../dataset/index.ts';

export interface VisitPair {
  /** Visiting country, ISO alpha-2 upper case. */
  origin: string;
  /** Host country. */
  host: string;
}

export const visitKey = ({ origin, host }: VisitPair) => `${origin}>${host}`;

/** The distinct pairs one timeline record states; agreements state none. */
export function visitPairsOf(record: TimelineRecord, index: DatasetIndex): VisitPair[] {
  const pairs = new Map<string, VisitPair>();
  const add = (origin: string | null | undefined, host: string | null | undefined) => {
    if (!origin || !host || origin === host) return;
    pairs.set(visitKey({ origin, host }), { origin, host });
  };
  if (record.type === 'delegation') {
    const delegation = index.delegationsById.get(record.id);
    for (const place of delegation?.to ?? []) add(delegation?.from.country, place.country);
  } else if (record.type === 'event') {
    const event = index.eventsById.get(record.id);
    const host = event?.location.country;
    for (const participant of event?.participants ?? []) add(index.organisationsById.get(participant.organisation)?.country, host);
    for (const unnamed of event?.unnamedParticipants ?? []) add(unnamed.country, host);
  }
  return [...pairs.values()];
}
