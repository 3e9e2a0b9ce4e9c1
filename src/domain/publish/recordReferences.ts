/**
 * Records a page only lists, carried in its slice as references rather than copies.
 *
 * A record's page lists its related records and its journey; an organisation's page its records; a series'
 * page its editions. Each shows as a card or a link: title, kind, status, date, place, countries, sectors and
 * organisations with their roles, and the links between records that decide what is related (part of, the
 * delegation, the event an agreement came from, the series, what it follows). Summaries, figures, people,
 * other names, purposes and evidence are on the record's own page, which loads its own slice; an export of
 * an organisation's records fetches them whole (organisationRecordsSlice).
 *
 * So in a slice's JSON such a record's entry is the record without those fields (and without the notes on
 * its participants, stops and links, and its date's basis). Read back (decodeSlice), it becomes a record
 * with those fields empty, remembered as a reference: merging a later slice that carries it whole replaces
 * it (mergeDatasets), and nothing shows a reference's summary or evidence.
 */
import { z } from 'zod/mini';
import { agreementSchema, delegationSchema, eventSchema } from '../records/index.ts';
import type { Agreement, Delegation, TradeEvent } from '../records/index.ts';

type AnyRecord = TradeEvent | Delegation | Agreement;

/** Left out of every reference; all but `unnamedMembers` are required, and come back empty. */
const dropped = { names: true, summary: true, figures: true, evidence: true } as const;

export type EventReference = Omit<TradeEvent, keyof typeof dropped | 'people'>;
export type DelegationReference = Omit<Delegation, keyof typeof dropped | 'purpose' | 'unnamedMembers'>;
export type AgreementReference = Omit<Agreement, keyof typeof dropped | 'unnamedParties'>;

/** Strict: a full record whose evidence is broken must fail, not pass as a reference. */
export const eventReferenceSchema = z.strictObject(z.omit(eventSchema, { ...dropped, people: true }).def.shape);
export const delegationReferenceSchema = z.strictObject(z.omit(delegationSchema, { ...dropped, purpose: true, unnamedMembers: true }).def.shape);
export const agreementReferenceSchema = z.strictObject(z.omit(agreementSchema, { ...dropped, unnamedParties: true }).def.shape);

const references = new WeakSet<AnyRecord>();

/** Whether this record came from a reference (it has no summary, people or evidence of its own here). */
export const isRecordReference = (record: AnyRecord) => references.has(record);

const withoutNote = <T extends { note?: string }>({ note: _note, ...rest }: T): Omit<T, 'note'> => rest;
const withoutBasis = <T extends { basis?: string }>({ basis: _basis, ...rest }: T): Omit<T, 'basis'> => rest;
const follows = (record: AnyRecord) => (record.follows ? { follows: record.follows.map(withoutNote) } : {});

export function eventReference(event: TradeEvent): EventReference {
  const { names: _n, summary: _s, figures: _f, evidence: _e, people: _p, ...kept } = event;
  return { ...kept, date: withoutBasis(event.date), participants: event.participants.map(withoutNote), ...follows(event) };
}

export function delegationReference(delegation: Delegation): DelegationReference {
  const { names: _n, summary: _s, figures: _f, evidence: _e, purpose: _p, unnamedMembers: _u, ...kept } = delegation;
  const stops = delegation.stops.map(({ note: _note, date, ...stop }) => ({ ...stop, ...(date ? { date: withoutBasis(date) } : {}) }));
  return { ...kept, date: withoutBasis(delegation.date), stops, ...follows(delegation) };
}

export function agreementReference(agreement: Agreement): AgreementReference {
  const { names: _n, summary: _s, figures: _f, evidence: _e, unnamedParties: _u, ...kept } = agreement;
  return { ...kept, date: withoutBasis(agreement.date), ...follows(agreement) };
}

const emptied = { names: {}, summary: '', figures: [], evidence: [] };

/** The records references stand for in an index, remembered as references. */
export function eventFromReference(reference: EventReference): TradeEvent {
  const event: TradeEvent = { ...reference, ...emptied, people: [] };
  references.add(event);
  return event;
}

export function delegationFromReference(reference: DelegationReference): Delegation {
  const delegation: Delegation = { ...reference, ...emptied, purpose: '' };
  references.add(delegation);
  return delegation;
}

export function agreementFromReference(reference: AgreementReference): Agreement {
  const agreement: Agreement = { ...reference, ...emptied };
  references.add(agreement);
  return agreement;
}

/** A record as a slice carries it: whole, or as a reference when `reference` says so. */
export const asReference = {
  event: eventReference,
  delegation: delegationReference,
  agreement: agreementReference,
} as const;
