import { msg } from '../../domain/i18n/index.ts';
import { participantRoles } from '../../domain/records/index.ts';
import type { TradeEvent } from '../../domain/records/index.ts';
import { OrganisationLink } from '../organisations/index.ts';
import { Localised, usePhrase, useT, useVocabulary } from '../i18n/index.ts';

type Participant = TradeEvent['participants'][number];

const pluralRoleLabels: Partial<Record<Participant['role'], string>> = {
  host: msg('Hosts'),
  'co-host': msg('Co-hosts'),
  organiser: msg('Organisers'),
  participant: msg('Participants'),
  presenter: msg('Presenters'),
  visited: msg('Visited'),
  visitor: msg('Visitors'),
  speaker: msg('Speakers'),
  matched: msg('Matchmaking partners'),
  venue: msg('Venue'),
};

/** An event's organisations grouped by role, hosts first, each with what the source says it did. */
export function ParticipantGroups({ participants }: { participants: readonly Participant[] }) {
  const t = useT();
  const words = useVocabulary();
  const phrase = usePhrase();
  if (participants.length === 0) return <p className="muted">{t('No organisations are named in the source.')}</p>;
  const groups = participantRoles
    .map((role) => ({ role, members: participants.filter((p) => p.role === role) }))
    .filter((g) => g.members.length > 0);
  return (
    <div className="role-groups">
      {groups.map(({ role, members }) => (
        <div key={role} className="role-group">
          <h3 className="role-group__heading">
            {members.length > 1 && pluralRoleLabels[role] ? t(pluralRoleLabels[role]) : words.role(role)}
          </h3>
          <ul className="role-group__list">
            {members.map((p) => (
              <li key={p.organisation}>
                <OrganisationLink id={p.organisation} showNative />
                {p.note && <Localised className="role-group__note" value={phrase(p.note)} />}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
