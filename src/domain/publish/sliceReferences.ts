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

/** What a page that names an organisation shows of it. */
export type OrganisationReference = Omit<Organisation, 'summary' | 'figures' | 'evidence'>;

/** Strict: a full organisation whose evidence is broken must fail, not pass as a reference. */
const organisationReferenceSchema = z.strictObject(z.omit(organisationSchema, { summary: true, figures: true, evidence: true }).def.shape);

const sliceSchema = z.object({ ...datasetFileSchemas, organisations: z.array(z.union([organisationSchema, organisationReferenceSchema])) });

/** A slice as published: RawDataset, except that some organisations are references. */
export type EncodedSlice = Omit<RawDataset, 'organisations'> & { organisations: Array<Organisation | OrganisationReference> };

const references = new WeakSet<Organisation>();

/** Whether this organisation came from a reference (it has no summary or evidence of its own here). */
export const isReference = (organisation: Organisation) => references.has(organisation);

/** The Organisation a reference stands for in an index: the same names, country and kind; nothing else. */
export function referenceOrganisation(organisation: OrganisationReference): Organisation {
  const { id, name, names, aliases, nameBasis, country, countryInferred, kind, sectors, parent } = organisation;
  const stub: Organisation = { id, name, names, aliases, nameBasis, country, countryInferred, kind, sectors, ...(parent ? { parent } : {}), summary: '', evidence: [] };
  references.add(stub);
  return stub;
}

/** For JSON: references lose the fields they were given empty. */
export function encodeSlice(slice: RawDataset): EncodedSlice {
  return {
    ...slice,
    organisations: slice.organisations.map((organisation): Organisation | OrganisationReference => {
      if (!isReference(organisation)) return organisation;
      const { summary: _summary, evidence: _evidence, figures: _figures, ...reference } = organisation;
      return reference;
    }),
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
  };
}
