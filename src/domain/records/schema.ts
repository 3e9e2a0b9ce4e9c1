/**
 * The data contract. These zod schemas are the single source of the record
 * types: `src/domain/records/types.ts` infers every TypeScript type from them, and
 * `npm run data:check` validates `data/*.json` against them before anything ships.
 * Written with zod/mini because the browser checks every fetched file against them too:
 * its functional checks tree-shake to a fraction of classic zod's size.
 */
import { z } from 'zod/mini';

/** A string that is not empty. */
const text = () => z.string().check(z.minLength(1));

/** Lowercase URL slug: the record's permalink, so it must never change once published. */
export const slugSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase URL slug (a-z, 0-9, single hyphens)'));

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD": a date at the precision the text gives. */
export const partialDateSchema = z
  .string()
  .check(z.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));

/** ISO 3166-1 alpha-2; whether the code is a real country is checked by the validator. */
export const countryCodeSchema = z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'));

/** BCP 47 language tag → the name written in that language, e.g. { "zh-Hant": "通力" }. */
export const namesSchema = z.record(z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag')), text());

export const evidenceSchema = z.object({
  source: slugSchema,
  /** Verbatim substring of the source text (whitespace included). */
  quote: text(),
  /** What the quote supports, when that is not obvious. */
  note: z.optional(z.string()),
});

const evidenceListSchema = z.array(evidenceSchema).check(z.minLength(1, 'every record needs at least one evidence quote'));

export const recordDateSchema = z.object({
  start: z.nullable(partialDateSchema),
  end: z.optional(z.nullable(partialDateSchema)),
  /** When the year is not stated: the month (1–12) the text does give. */
  month: z.optional(z.int().check(z.minimum(1), z.maximum(12))),
  /** When the year is not stated: the day of month the text does give. */
  day: z.optional(z.int().check(z.minimum(1), z.maximum(31))),
  /** How the date is known when the text does not state it in full next to the fact. */
  basis: z.optional(z.string()),
});

export const figureSchema = z.object({
  value: z.number(),
  qualifier: z.enum(['exactly', 'more-than', 'at-least', 'about', 'nearly']),
  /** What is counted, e.g. "Finnish enterprises". */
  counts: text(),
});

/**
 * Where a shown name comes from: `printed` in the article as shown; `our-translation` — our English
 * rendering of a name the text gives only in another language; `transliteration` — our romanisation.
 */
export const nameBases = ['printed', 'our-translation', 'transliteration'] as const;
export const nameBasisSchema = z.enum(nameBases);

/**
 * Parties the text mentions by country or description without naming an organisation
 * ("representatives from Iceland"). Their countries count among the record's countries.
 */
export const unnamedParticipantSchema = z.object({
  country: z.nullable(countryCodeSchema),
  description: text(),
});

export const followKinds = ['event', 'delegation', 'agreement'] as const;

/** A journey link: the record this one follows from (a visit → a pledge → a return delegation). */
export const followSchema = z.object({
  kind: z.enum(followKinds),
  id: slugSchema,
  /** How the text links the two, when that is not obvious ("a reunion"). */
  note: z.optional(z.string()),
});

export const sectorSchema = z.object({
  id: slugSchema,
  label: text(),
  description: z.optional(z.string()),
});

export const organisationKinds = [
  'company',
  'government-body',
  'city-or-region',
  'country',
  'embassy-or-consulate',
  'university',
  'school',
  'research-institute',
  'association',
  'programme',
  'hospital',
  'zone-or-park',
  'museum-or-venue',
  'media',
  'other',
] as const;

export const organisationSchema = z.object({
  id: slugSchema,
  name: text(),
  names: namesSchema,
  aliases: z.array(text()),
  /** Where `name` comes from: printed in the text, our translation, or our transliteration. */
  nameBasis: nameBasisSchema,
  country: z.nullable(countryCodeSchema),
  /** True when the country is deduced (e.g. a Chengdu bureau is in CN) rather than stated. */
  countryInferred: z.boolean(),
  kind: z.enum(organisationKinds),
  sectors: z.array(slugSchema),
  /** A larger organisation this one is a unit of, when the text says so. */
  parent: z.optional(slugSchema),
  /** Numbers the text attaches to the organisation itself (Chengdu's sister cities). */
  figures: z.optional(z.array(figureSchema)),
  summary: text(),
  evidence: evidenceListSchema,
});

export const personSchema = z.object({
  id: slugSchema,
  /** Display name as the text writes it; a person named only in Chinese keeps the Chinese name. */
  name: text(),
  names: namesSchema,
  /** A romanisation we added (not from the text), always shown as such. */
  transliteration: z.optional(z.string()),
  organisation: z.nullable(slugSchema),
  role: z.nullable(z.string()),
  summary: z.optional(z.string()),
  evidence: evidenceListSchema,
});

export const eventKinds = [
  'conference',
  'matchmaking-session',
  'roadshow',
  'site-visit',
  'signing',
  'unveiling',
  'online-conference',
  'forum',
  'meeting',
  'exhibition',
  'cultural-event',
  'competition',
  'other',
] as const;

export const participantRoles = [
  'host',
  'co-host',
  'organiser',
  'participant',
  'presenter',
  'visited',
  'visitor',
  'speaker',
  'matched',
  'venue',
] as const;

export const locationSchema = z.object({
  venue: z.nullable(z.string()),
  city: z.nullable(z.string()),
  region: z.nullable(z.string()),
  country: z.nullable(countryCodeSchema),
  online: z.boolean(),
});

export const participantSchema = z.object({
  organisation: slugSchema,
  role: z.enum(participantRoles),
  note: z.optional(z.string()),
});

export const personRoleSchema = z.object({
  person: slugSchema,
  role: text(),
});

const recordStatusSchema = z.enum(['took-place', 'planned']);

export const eventSchema = z.object({
  id: slugSchema,
  title: text(),
  names: namesSchema,
  kind: z.enum(eventKinds),
  status: recordStatusSchema,
  date: recordDateSchema,
  location: locationSchema,
  participants: z.array(participantSchema),
  people: z.array(personRoleSchema),
  sectors: z.array(slugSchema),
  figures: z.array(figureSchema),
  /** The series (ref → series.json) this event is one edition of; editions stay separate events. */
  series: z.optional(slugSchema),
  delegation: z.optional(slugSchema),
  /** Another event this one was part of (e.g. a site visit during a conference). */
  partOf: z.optional(slugSchema),
  unnamedParticipants: z.optional(z.array(unnamedParticipantSchema)),
  follows: z.optional(z.array(followSchema)),
  summary: text(),
  evidence: evidenceListSchema,
});

export const placeSchema = z.object({
  country: z.nullable(countryCodeSchema),
  city: z.nullable(z.string()),
  region: z.optional(z.nullable(z.string())),
});

export const stopSchema = z.object({
  place: text(),
  city: z.optional(z.nullable(z.string())),
  region: z.optional(z.nullable(z.string())),
  country: z.nullable(countryCodeSchema),
  date: z.optional(recordDateSchema),
  organisations: z.array(slugSchema),
  event: z.optional(slugSchema),
  note: z.optional(z.string()),
});

export const delegationSchema = z.object({
  id: slugSchema,
  title: text(),
  names: namesSchema,
  from: placeSchema,
  to: z.array(placeSchema).check(z.minLength(1)),
  date: recordDateSchema,
  organisers: z.array(slugSchema),
  members: z.array(slugSchema),
  /** Members the text counts or describes without naming them. */
  unnamedMembers: z.optional(z.string()),
  unnamedParticipants: z.optional(z.array(unnamedParticipantSchema)),
  follows: z.optional(z.array(followSchema)),
  stops: z.array(stopSchema),
  purpose: text(),
  sectors: z.array(slugSchema),
  status: recordStatusSchema,
  figures: z.array(figureSchema),
  summary: text(),
  evidence: evidenceListSchema,
});

export const agreementStatuses = ['signed', 'memorandum', 'preliminary', 'planned', 'in-discussion', 'potential'] as const;

export const agreementSchema = z.object({
  id: slugSchema,
  title: text(),
  names: namesSchema,
  parties: z.array(slugSchema),
  /** Parties the text describes without naming, e.g. "one of the six companies". */
  unnamedParties: z.optional(z.string()),
  unnamedParticipants: z.optional(z.array(unnamedParticipantSchema)),
  status: z.enum(agreementStatuses),
  date: recordDateSchema,
  event: z.optional(slugSchema),
  follows: z.optional(z.array(followSchema)),
  sectors: z.array(slugSchema),
  figures: z.array(figureSchema),
  summary: text(),
  evidence: evidenceListSchema,
});

/** A recurring series (a festival, a dialogue held every year); its editions are events. */
export const seriesSchema = z.object({
  id: slugSchema,
  title: text(),
  names: namesSchema,
  /** Where the shown title comes from, when it is a name (printed) or our rendering of one. */
  nameBasis: z.optional(nameBasisSchema),
  /** When the series began, at the precision the text gives ("2017"). */
  since: z.optional(partialDateSchema),
  /** Numbers the text gives for the series as a whole ("held eight times", "17 years"). */
  figures: z.optional(z.array(figureSchema)),
  summary: text(),
  evidence: evidenceListSchema,
});
/**
 * What kind of publication a source is, as far as its text shows: a news outlet's own report, a release
 * distributed by a press-release wire, a post a user uploaded to a platform, an organisation's or a
 * government's own site — or `not-stated` when the text names no outlet and gives no clue to one.
 */
export const sourceKinds = [
  'news-outlet',
  'press-release-wire',
  'platform-user-upload',
  'organisation-site',
  'government-site',
  'not-stated',
] as const;

export const sourceSchema = z.object({
  id: slugSchema,
  /** Path of the unchanged article text, relative to `data/`. */
  file: z.string().check(z.regex(/^sources\/[a-z0-9-]+\.txt$/)),
  title: z.object({ en: text(), original: z.optional(z.string()), originalLang: z.optional(z.string()) }),
  outlet: z.nullable(z.string()),
  /** The source's standing: see sourceKinds. */
  kind: z.enum(sourceKinds),
  /** How we know the kind, quoting the text's own words where it has any. */
  kindBasis: text(),
  publisher: z.optional(z.nullable(z.string())),
  published: z.object({ date: z.nullable(partialDateSchema), basis: text() }),
  languages: z.array(z.string().check(z.minLength(2))).check(z.minLength(1)),
  summary: text(),
});

/** Where a gloss's English comes from: the bilingual article's own English, or a translation we wrote. */
export const glossBases = ['parallel-text', 'our-translation'] as const;

/**
 * An English gloss for a quote in another language. It sits beside the quote and never replaces it;
 * `source` and `quote` are exactly as in the evidence entries that use the quote.
 */
export const glossSchema = z.object({
  source: slugSchema,
  quote: text(),
  /** For `parallel-text`, a verbatim passage of the same source text. */
  gloss: text(),
  basis: z.enum(glossBases),
});

export const datasetFileSchemas = {
  sectors: z.array(sectorSchema),
  sources: z.array(sourceSchema),
  organisations: z.array(organisationSchema),
  people: z.array(personSchema),
  events: z.array(eventSchema),
  delegations: z.array(delegationSchema),
  agreements: z.array(agreementSchema),
  series: z.array(seriesSchema),
  glosses: z.array(glossSchema),
} as const;

export type DatasetFileName = keyof typeof datasetFileSchemas;
export const datasetFileNames = Object.keys(datasetFileSchemas) as DatasetFileName[];
