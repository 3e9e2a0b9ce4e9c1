import type { AgreementStatus, EventKind, OrganisationKind, RecordType, SourceKind } from './types.ts';
import { msg } from './message.ts';

export const recordTypeLabels: Record<RecordType, string> = {
  event: 'Event',
  delegation: 'Delegation',
  agreement: 'Agreement',
};

export const recordTypePluralLabels: Record<RecordType, string> = {
  event: 'Events',
  delegation: 'Delegations',
  agreement: 'Agreements',
};

export const eventKindLabels: Record<EventKind, string> = {
  conference: 'Conference',
  'matchmaking-session': 'Matchmaking session',
  roadshow: 'Roadshow',
  'site-visit': 'Site visit',
  signing: 'Signing',
  unveiling: 'Unveiling',
  'online-conference': 'Online conference',
  forum: 'Forum',
  meeting: 'Meeting',
  exhibition: 'Exhibition',
  'cultural-event': 'Cultural event',
  competition: 'Competition',
  other: 'Other event',
};

export const organisationKindLabels: Record<OrganisationKind, string> = {
  company: 'Company',
  'government-body': 'Government body',
  'city-or-region': 'City or region',
  country: 'Country',
  'embassy-or-consulate': 'Embassy or consulate',
  university: 'University',
  school: 'School',
  'research-institute': 'Research institute',
  association: 'Association',
  programme: 'Programme',
  hospital: 'Hospital',
  'zone-or-park': 'Zone or park',
  'museum-or-venue': 'Museum or venue',
  media: 'Media',
  other: 'Other',
};

/** Agreement statuses, strongest first, worded no stronger than the text. */
export const agreementStatusLabels: Record<AgreementStatus, string> = {
  signed: 'Signed',
  memorandum: 'Memorandum',
  preliminary: 'Preliminary agreement',
  planned: 'Planned',
  'in-discussion': 'In discussion',
  potential: 'Potential',
};

export const recordStatusLabels = {
  'took-place': 'Took place',
  planned: 'Planned',
} as const;

export const roleLabels: Record<string, string> = {
  host: 'Host',
  'co-host': 'Co-host',
  organiser: 'Organiser',
  participant: 'Participant',
  presenter: 'Presenter',
  visited: 'Visited',
  visitor: 'Visitor',
  speaker: 'Speaker',
  matched: 'Matchmaking partner',
  venue: 'Venue',
  member: 'Delegation member',
  party: 'Party',
  stop: 'Visited',
};

export function roleLabel(role: string): string {
  return roleLabels[role] ?? role.replace(/-/g, ' ');
}

/** What kind of publication a source is, as a reader sees it beside a quote (English messages: the interface translates them). */
export const sourceKindLabels: Record<SourceKind, string> = {
  'news-outlet': msg('News report'),
  'press-release-wire': msg('Press release on a wire service'),
  'platform-user-upload': msg('Upload by a platform user'),
  'organisation-site': msg("An organisation's own site"),
  'government-site': msg('Government site'),
  'not-stated': msg('Kind of publication not stated'),
};
