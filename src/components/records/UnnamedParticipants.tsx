import type { UnnamedParticipant } from '../../domain/records/index.ts';
import { CountryLabel } from '../ui/index.ts';
import { Localised, usePhrase, useT } from '../i18n/index.ts';

/** Parties the text counts or describes by country without naming an organisation ("representatives from Iceland"). */
export function UnnamedParticipants({ participants }: { participants: readonly UnnamedParticipant[] }) {
  const t = useT();
  const phrase = usePhrase();
  return (
    <ul className="unnamed-participants">
      {participants.map((participant, i) => (
        <li key={`${participant.country ?? 'none'}-${i}`}>
          {participant.country ? <CountryLabel code={participant.country} /> : <span className="muted">{t('Country not stated')}</span>}
          <Localised className="unnamed-participants__description" value={phrase(participant.description)} />
        </li>
      ))}
    </ul>
  );
}
