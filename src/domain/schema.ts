/**
 * The data contract. These zod schemas are the single source of the record
 * types: `src/domain/types.ts` infers every TypeScript type from them, and
 * `npm run data:check` validates `data/*.json` against them before anything ships.
 */
import { z } from 'zod';

/** Lowercase URL slug: the record's permalink, so it must never change once published. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase URL slug (a-z, 0-9, single hyphens)');

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD": a date at the precision the text gives. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/** ISO 3166-1 alpha-2; whether the code is a real country is checked by the validator. */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code');

/** BCP 47 language tag → the name written in that language, e.g. { "zh-Hant": "通力" }. */
export const namesSchema = z.record(z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag'), z.string().min(1));

export const evidenceSchema = z.object({
  source: slugSchema,
  /** Verbatim substring of the source text (whitespace included). */
  quote: z.string().min(1),
  /** What the quote supports, when that is not obvious. */
  note: z.string().optional(),
});

const evidenceListSchema = z.array(evidenceSchema).min(1, 'every record needs at least one evidence quote');

export const recordDateSchema = z.object({
  start: partialDateSchema.nullable(),
  end: partialDateSchema.nullable().optional(),
  /** When the year is not stated: the month (1–12) the text does give. */
  month: z.number().int().min(1).max(12).optional(),
  /** When the year is not stated: the day of month the text does give. */
  day: z.number().int().min(1).max(31).optional(),
  /** How the date is known when the text does not state it in full next to the fact. */
  basis: z.string().optional(),
});

export const figureSchema = z.object({
  value: z.number(),
  qualifier: z.enum(['exactly', 'more-than', 'at-least', 'about', 'nearly']),
  /** What is counted, e.g. "Finnish enterprises". */
  counts: z.string().min(1),
});

export const sectorSchema = z.object({
  id: slugSchema,
  label: z.string().min(1),
  description: z.string().optional(),
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
  name: z.string().min(1),
  names: namesSchema,
  aliases: z.array(z.string().min(1)),
  country: countryCodeSchema.nullable(),
  /** True when the country is deduced (e.g. a Chengdu bureau is in CN) rather than stated. */
  countryInferred: z.boolean(),
  kind: z.enum(organisationKinds),
  sectors: z.array(slugSchema),
  /** A larger organisation this one is a unit of, when the text says so. */
  parent: slugSchema.optional(),
  summary: z.string().min(1),
  evidence: evidenceListSchema,
});

export const personSchema = z.object({
  id: slugSchema,
  /** Display name as the text writes it; a person named only in Chinese keeps the Chinese name. */
  name: z.string().min(1),
  names: namesSchema,
  /** A romanisation we added (not from the text), always shown as such. */
  transliteration: z.string().optional(),
  organisation: slugSchema.nullable(),
  role: z.string().nullable(),
  summary: z.string().optional(),
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
  venue: z.string().nullable(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  country: countryCodeSchema.nullable(),
  online: z.boolean(),
});

export const participantSchema = z.object({
  organisation: slugSchema,
  role: z.enum(participantRoles),
  note: z.string().optional(),
});

export const personRoleSchema = z.object({
  person: slugSchema,
  role: z.string().min(1),
});

const recordStatusSchema = z.enum(['took-place', 'planned']);

export const eventSchema = z.object({
  id: slugSchema,
  title: z.string().min(1),
  names: namesSchema,
  kind: z.enum(eventKinds),
  status: recordStatusSchema,
  date: recordDateSchema,
  location: locationSchema,
  participants: z.array(participantSchema),
  people: z.array(personRoleSchema),
  sectors: z.array(slugSchema),
  figures: z.array(figureSchema),
  /** A recurring series this event is one edition of (editions stay separate events). */
  series: z.string().optional(),
  delegation: slugSchema.optional(),
  /** Another event this one was part of (e.g. a site visit during a conference). */
  partOf: slugSchema.optional(),
  summary: z.string().min(1),
  evidence: evidenceListSchema,
});

export const placeSchema = z.object({
  country: countryCodeSchema.nullable(),
  city: z.string().nullable(),
  region: z.string().nullable().optional(),
});

export const stopSchema = z.object({
  place: z.string().min(1),
  city: z.string().nullable().optional(),
  region: z.string().nullable().optional(),
  country: countryCodeSchema.nullable(),
  date: recordDateSchema.optional(),
  organisations: z.array(slugSchema),
  event: slugSchema.optional(),
  note: z.string().optional(),
});

export const delegationSchema = z.object({
  id: slugSchema,
  title: z.string().min(1),
  names: namesSchema,
  from: placeSchema,
  to: z.array(placeSchema).min(1),
  date: recordDateSchema,
  organisers: z.array(slugSchema),
  members: z.array(slugSchema),
  /** Members the text counts or describes without naming them. */
  unnamedMembers: z.string().optional(),
  stops: z.array(stopSchema),
  purpose: z.string().min(1),
  sectors: z.array(slugSchema),
  status: recordStatusSchema,
  figures: z.array(figureSchema),
  summary: z.string().min(1),
  evidence: evidenceListSchema,
});

export const agreementStatuses = ['signed', 'memorandum', 'preliminary', 'planned', 'in-discussion', 'potential'] as const;

export const agreementSchema = z.object({
  id: slugSchema,
  title: z.string().min(1),
  names: namesSchema,
  parties: z.array(slugSchema),
  /** Parties the text describes without naming, e.g. "one of the six companies". */
  unnamedParties: z.string().optional(),
  status: z.enum(agreementStatuses),
  date: recordDateSchema,
  event: slugSchema.optional(),
  sectors: z.array(slugSchema),
  figures: z.array(figureSchema),
  summary: z.string().min(1),
  evidence: evidenceListSchema,
});

export const sourceSchema = z.object({
  id: slugSchema,
  /** Path of the unchanged article text, relative to `data/`. */
  file: z.string().regex(/^sources\/[a-z0-9-]+\.txt$/),
  title: z.object({ en: z.string().min(1), original: z.string().optional(), originalLang: z.string().optional() }),
  outlet: z.string().nullable(),
  publisher: z.string().nullable().optional(),
  published: z.object({ date: partialDateSchema.nullable(), basis: z.string().min(1) }),
  languages: z.array(z.string().min(2)).min(1),
  summary: z.string().min(1),
});

export const datasetFileSchemas = {
  sectors: z.array(sectorSchema),
  sources: z.array(sourceSchema),
  organisations: z.array(organisationSchema),
  people: z.array(personSchema),
  events: z.array(eventSchema),
  delegations: z.array(delegationSchema),
  agreements: z.array(agreementSchema),
} as const;

export type DatasetFileName = keyof typeof datasetFileSchemas;
export const datasetFileNames = Object.keys(datasetFileSchemas) as DatasetFileName[];
