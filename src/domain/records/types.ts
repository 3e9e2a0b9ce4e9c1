import type { z } from 'zod/mini';
import type {
  agreementSchema,
  delegationSchema,
  eventSchema,
  evidenceSchema,
  figureSchema,
  organisationSchema,
  personSchema,
  recordDateSchema,
  sectorSchema,
  seriesSchema,
  followSchema,
  unnamedParticipantSchema,
  nameBases,
  sourceSchema,
  glossSchema,
  glossBases,
  sourceKinds,
  participantRoles,
  organisationKinds,
  eventKinds,
  agreementStatuses,
} from './schema.ts';

export type Sector = z.infer<typeof sectorSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Person = z.infer<typeof personSchema>;
export type TradeEvent = z.infer<typeof eventSchema>;
export type Delegation = z.infer<typeof delegationSchema>;
export type Agreement = z.infer<typeof agreementSchema>;
export type Series = z.infer<typeof seriesSchema>;
export type Follow = z.infer<typeof followSchema>;
export type UnnamedParticipant = z.infer<typeof unnamedParticipantSchema>;
export type NameBasis = (typeof nameBases)[number];
export type Evidence = z.infer<typeof evidenceSchema>;
export type Gloss = z.infer<typeof glossSchema>;
export type GlossBasis = (typeof glossBases)[number];
export type SourceKind = (typeof sourceKinds)[number];
export type Figure = z.infer<typeof figureSchema>;
export type RecordDate = z.infer<typeof recordDateSchema>;
export type ParticipantRole = (typeof participantRoles)[number];
export type OrganisationKind = (typeof organisationKinds)[number];
export type EventKind = (typeof eventKinds)[number];
export type AgreementStatus = (typeof agreementStatuses)[number];

/** The eight data files as loaded, already validated. */
export interface RawDataset {
  sectors: Sector[];
  sources: Source[];
  organisations: Organisation[];
  people: Person[];
  events: TradeEvent[];
  delegations: Delegation[];
  agreements: Agreement[];
  series: Series[];
  /** English glosses for quotes in other languages, by (source, quote). */
  glosses: Gloss[];
}

/** The three kinds of record the timeline shows. */
export const recordTypes = ['event', 'delegation', 'agreement'] as const;
export type RecordType = (typeof recordTypes)[number];
