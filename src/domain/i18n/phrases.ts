/**
 * Short free text of ours that records repeat (places, what a figure counts, participants' and stops'
 * notes, roles at an event, evidence notes, unnamed participants, outlets): translated once per English
 * wording in the translations file's `phrases` ("English" → translation). The key is the English itself,
 * so a changed English has no translation until one is written for it, and the check lists it.
 */
import type { RawDataset } from '../records/index.ts';
import type { Translations } from './translations.ts';

export interface PhraseUse {
  /** Where the English is used, as "<file>/<id> <field path>". */
  where: string;
  english: string;
}

interface Place {
  city?: string | null | undefined;
  region?: string | null | undefined;
}

/** Every English phrase in the dataset that the Chinese interface shows, with where it is used. */
export function phraseUses(dataset: RawDataset): PhraseUse[] {
  const uses: PhraseUse[] = [];
  const add = (where: string, english: string | null | undefined) => {
    if (english) uses.push({ where, english });
  };
  const addPlace = (where: string, place: Place | null | undefined) => {
    add(`${where}.city`, place?.city);
    add(`${where}.region`, place?.region);
  };
  for (const file of ['organisations', 'people', 'events', 'delegations', 'agreements', 'series'] as const) {
    for (const record of dataset[file]) {
      const at = `${file}/${record.id}`;
      record.evidence.forEach((item, i) => add(`${at} evidence[${i}].note`, item.note));
      if ('figures' in record) (record.figures ?? []).forEach((figure, i) => add(`${at} figures[${i}].counts`, figure.counts));
      if ('unnamedParticipants' in record) (record.unnamedParticipants ?? []).forEach((u, i) => add(`${at} unnamedParticipants[${i}].description`, u.description));
      if ('follows' in record) (record.follows ?? []).forEach((f, i) => add(`${at} follows[${i}].note`, f.note));
    }
  }
  for (const event of dataset.events) {
    const at = `events/${event.id}`;
    add(`${at} location.venue`, event.location.venue);
    addPlace(`${at} location`, event.location);
    event.participants.forEach((p, i) => add(`${at} participants[${i}].note`, p.note));
    event.people.forEach((p, i) => add(`${at} people[${i}].role`, p.role));
  }
  for (const delegation of dataset.delegations) {
    const at = `delegations/${delegation.id}`;
    addPlace(`${at} from`, delegation.from);
    delegation.to.forEach((place, i) => addPlace(`${at} to[${i}]`, place));
    delegation.stops.forEach((stop, i) => {
      add(`${at} stops[${i}].place`, stop.place);
      addPlace(`${at} stops[${i}]`, stop);
      add(`${at} stops[${i}].note`, stop.note);
    });
  }
  for (const source of dataset.sources) {
    add(`sources/${source.id} outlet`, source.outlet);
    add(`sources/${source.id} publisher`, source.publisher);
  }
  return uses;
}

/** The translation of one English phrase, or undefined (show the English then). */
export function translatedPhrase(translations: Translations | null | undefined, english: string): string | undefined {
  return translations?.phrases?.[english];
}

/**
 * A place line joined from parts ("Hall 1, Chengdu Science and Innovation Eco-Island, Chengdu") in
 * another language: the longest run of parts that is a phrase is translated as one (a venue may itself
 * hold a comma), and the parts are joined with `separator`. Null when any part has no translation.
 */
export function translatedPlaceLine(line: string, translate: (english: string) => string | undefined, separator: string): string | null {
  const parts = line.split(', ');
  const out: string[] = [];
  for (let start = 0; start < parts.length; ) {
    let end = parts.length;
    while (end > start && translate(parts.slice(start, end).join(', ')) === undefined) end -= 1;
    if (end === start) return null;
    out.push(translate(parts.slice(start, end).join(', '))!);
    start = end;
  }
  return out.join(separator);
}
