/**
 * Where a record's parties come from and where it happens, read from its raw fields: the map's
 * flows and the timeline's `origin` and `host` filters both rest on this one reading.
 *
 *   origins  the countries of its participants, delegation and parties, named or unnamed
 *   hosts    where it is located: an event's country, a delegation's destinations and stops,
 *            an agreement's event's country
 *   pairs    origin → host for each origin and host that differ; an agreement with no located
 *            event links its parties' countries to one another (alphabetical order, one way)
 *   places   "City|CC" for each named city it happens in or goes to
 */
import type { Agreement, Delegation, TradeEvent } from '../records/index.ts';

export type CountryPair = readonly [origin: string, host: string];

export interface RecordGeo {
  origins: string[];
  hosts: string[];
  pairs: CountryPair[];
  places: string[];
}

type CountryOf = (organisationId: string) => string | null;

function addTo(list: string[], value: string | null | undefined): void {
  if (value && !list.includes(value)) list.push(value);
}

function pairsOf(origins: readonly string[], hosts: readonly string[]): CountryPair[] {
  const pairs: CountryPair[] = [];
  for (const origin of origins) for (const host of hosts) if (origin !== host) pairs.push([origin, host]);
  return pairs;
}

export const placeKey = (city: string, country: string) => `${city}|${country}`;

export function eventGeo(event: TradeEvent, countryOf: CountryOf): RecordGeo {
  const origins: string[] = [];
  for (const p of event.participants) addTo(origins, countryOf(p.organisation));
  for (const u of event.unnamedParticipants ?? []) addTo(origins, u.country);
  const hosts: string[] = [];
  addTo(hosts, event.location.country);
  const places = !event.location.online && event.location.city && event.location.country ? [placeKey(event.location.city, event.location.country)] : [];
  return { origins, hosts, pairs: pairsOf(origins, hosts), places };
}

export function delegationGeo(delegation: Delegation, countryOf: CountryOf): RecordGeo {
  const origins: string[] = [];
  addTo(origins, delegation.from.country);
  for (const id of [...delegation.organisers, ...delegation.members]) addTo(origins, countryOf(id));
  for (const u of delegation.unnamedParticipants ?? []) addTo(origins, u.country);
  const hosts: string[] = [];
  const places: string[] = [];
  for (const to of delegation.to) {
    addTo(hosts, to.country);
    if (to.city && to.country) addTo(places, placeKey(to.city, to.country));
  }
  for (const stop of delegation.stops) addTo(hosts, stop.country);
  return { origins, hosts, pairs: pairsOf(origins, hosts), places };
}

export function agreementGeo(agreement: Agreement, countryOf: CountryOf, event: TradeEvent | undefined): RecordGeo {
  const origins: string[] = [];
  for (const id of agreement.parties) addTo(origins, countryOf(id));
  for (const u of agreement.unnamedParticipants ?? []) addTo(origins, u.country);
  const hosts: string[] = [];
  addTo(hosts, event?.location.country);
  if (hosts.length > 0) return { origins, hosts, pairs: pairsOf(origins, hosts), places: [] };
  const sorted = [...origins].sort();
  const pairs: CountryPair[] = [];
  for (let i = 0; i < sorted.length; i += 1) for (let j = i + 1; j < sorted.length; j += 1) pairs.push([sorted[i]!, sorted[j]!]);
  return { origins, hosts, pairs, places: [] };
}
