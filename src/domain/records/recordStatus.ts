/**
 * One-line explanations of what a status means, so a reader never takes an intention
 * for a signed deal. Worded no stronger than the statuses themselves.
 */
import type { AgreementStatus } from './types.ts';
import { msg } from './message.ts';

export const agreementStatusExplanations: Record<AgreementStatus, string> = {
  signed: msg('Signed: the source reports that the agreement was signed.'),
  memorandum:
    msg('Memorandum: the source reports a memorandum (of understanding or cooperation) — a signed statement of intent, not a binding contract.'),
  preliminary: msg('Preliminary: the parties reached a preliminary agreement; nothing signed is reported.'),
  planned: msg('Planned: announced or pledged for the future; the source does not report that it has happened.'),
  'in-discussion': msg('In discussion: the parties are reported to be talking; no agreement is reported.'),
  potential: msg('Potential: a possibility or an intention the source mentions; no agreement between the parties is reported.'),
};

export const recordStatusExplanations = {
  'took-place': msg('Took place: the source reports it as having happened.'),
  planned: msg('Planned: the source describes it as going to happen; it does not report that it took place.'),
} as const;

/**
 * The values of the timeline's status filter: events and delegations took place or are planned;
 * agreements carry their own strength. "Planned" is one value for all three kinds of record.
 */
export const filterStatuses = ['took-place', 'planned', 'signed', 'memorandum', 'preliminary', 'in-discussion', 'potential'] as const;
export type FilterStatus = (typeof filterStatuses)[number];

export const filterStatusLabels: Record<FilterStatus, string> = {
  'took-place': 'Took place',
  planned: 'Planned',
  signed: 'Signed',
  memorandum: 'Memorandum',
  preliminary: 'Preliminary agreement',
  'in-discussion': 'In discussion',
  potential: 'Potential',
};

export function isFilterStatus(value: string): value is FilterStatus {
  return (filterStatuses as readonly string[]).includes(value);
}

/** A record's value for the status filter: an agreement's strength, else whether it took place. */
export function filterStatusOf(record: { type: string; status: 'took-place' | 'planned'; kind: string }): FilterStatus {
  if (record.type === 'agreement' && isFilterStatus(record.kind)) return record.kind;
  return record.status;
}
