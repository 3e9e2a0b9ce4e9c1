/**
 * Organisations a page only names, carried in its slice as references rather than copies.
 *
 * A record's page names its participants; an organisation's page names its partners. Each of those
 * shows as a link with its name (in every language), country and kind, and its summary, figures and
 * evidence are on its own page, which loads its own slice. So in a slice's JSON such an organisation's
 * entry is a reference: the organisation without `summary`, `figures` and `evidence`. It keeps its place
 * in the `organisations` list, so the slice still keeps the full dataset's order.
 *
 * Read back (decodeSlice), a reference becomes an Organisation with an empty summary and no evidence,
 * remembered as a reference: merging a later slice replaces it with the full organisation
 * (mergeDatasets), and nothing shows a reference's summary or evidence, since only the organisation's
 * own page does, from its own slice.
 */
import { z } from 'zod/mini';
import { datasetFileSchemas, organisationSchema } from '../records/index.ts';
import type { Organisation, RawDataset } from '../records/index.ts';
import { agreementSchema, delegationSchema, eventSchema } from '../records/index.ts';
import {
  agreementFromReference,
  agreementReferenceSchema,
  asReference,
  delegationFromReference,
  delegationReferenceSchema,
  eventFromReference,
  eventReferenceSchema,
  isRecordReference,
  type AgreementReference,
  type DelegationReference,
  type EventReference,
} from './recordReferences.ts';

/**
 * What a page that names an organisation shows of it: its name in every language, and its country, which
 * counts among the countries of the records it takes part in. Names and country are left out when empty.
 */
export type OrganisationReference = Pick<Organisation, 'id' | 'name'> & Partial<Pick<Organisation, 'names' | 'country'>>;

/** Strict: a full organisation whose evidence is broken must fail, not pass as a reference. */
const organisationReferenceSchema = z.strictObject({
  ...z.pick(organisationSchema, { id: true, name: true }).def.shape,
  names: z.optional(organisationSchema.def.shape.names),
  country: z.optional(organisationSchema.def.shape.country),
});

const sliceSchema = z.object({
  ...datasetFileSchemas,
  organisations: z.array(z.union([organisationSchema, organisationReferenceSchema])),
  events: z.array(z.union([eventSchema, eventReferenceSchema])),
  delegations: z.array(z.union([delegationSchema, delegationReferenceSchema])),
  agreements: z.array(z.union([agreementSchema, agreementReferenceSchema])),
});

/** A slice as published: RawDataset, except that some organisations and records are references (recordReferences.ts). */
export type EncodedSlice = Omit<RawDataset, 'organisations' | 'events' | 'delegations' | 'agreements'> & {
  organisations: Array<Organisation | OrganisationReference>;
  events: Array<RawDataset['events'][number] | EventReference>;
  delegations: Array<RawDataset['delegations'][number] | DelegationReference>;
  agreements: Array<RawDataset['agreements'][number] | AgreementReference>;
};

const references = new WeakSet<Organisation>();

/** Whether this organisation came from a reference (it has no summary or evidence of its own here). */
export const isReference = (organisation: Organisation) => references.has(organisation);

/**
 * The Organisation a reference stands for in an index: the same names and country; the rest empty or
 * neutral (no aliases, kind "other", no sectors or parent), which nothing shows of a reference.
 */
export function referenceOrganisation(organisation: OrganisationReference): Organisation {
  const { id, name, names = {}, country = null } = organisation;
  const stub: Organisation = { id, name, names, aliases: [], nameBasis: 'printed', country, countryInferred: false, kind: 'other', sectors: [], summary: '', evidence: [] };
  references.add(stub);
  return stub;
}

/** For JSON: references keep only their names and country (each left out when empty). */
export function encodeSlice(slice: RawDataset): EncodedSlice {
  return {
    ...slice,
    organisations: slice.organisations.map((organisation): Organisation | OrganisationReference => {
      if (!isReference(organisation)) return organisation;
      const { id, name, names, country } = organisation;
      return { id, name, ...(Object.keys(names).length > 0 ? { names } : {}), ...(country !== null ? { country } : {}) };
    }),
    events: slice.events.map((event) => (isRecordReference(event) ? asReference.event(event) : event)),
    delegations: slice.delegations.map((delegation) => (isRecordReference(delegation) ? asReference.delegation(delegation) : delegation)),
    agreements: slice.agreements.map((agreement) => (isRecordReference(agreement) ? asReference.agreement(agreement) : agreement)),
  };
}

/** Check fetched slice JSON against the schema, and turn its references into organisations. */
export function decodeSlice(json: unknown): RawDataset {
  const result = sliceSchema.safeParse(json);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(`The data file failed validation${first ? ` at ${first.path.join('.')}: ${first.message}` : ''}`);
  }
  const slice = result.data as EncodedSlice;
  return {
    ...slice,
    organisations: slice.organisations.map((organisation) => ('evidence' in organisation ? organisation : referenceOrganisation(organisation))),
    events: slice.events.map((event) => ('evidence' in event ? event : eventFromReference(event))),
    delegations: slice.delegations.map((delegation) => ('evidence' in delegation ? delegation : delegationFromReference(delegation))),
    agreements: slice.agreements.map((agreement) => ('evidence' in agreement ? agreement : agreementFromReference(agreement))),
  };
}
