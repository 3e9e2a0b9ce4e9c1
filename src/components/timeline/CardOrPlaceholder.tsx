import type { TimelineCard } from '../../domain/timelineCards/index.ts';
import { RecordCard } from './RecordCard.tsx';
import { useT } from '../i18n/index.ts';

/** A card, or while its shard is on its way a placeholder of about its size. */
export function CardOrPlaceholder({ card, leadOrganisations }: { card: TimelineCard | undefined; leadOrganisations?: readonly string[] }) {
  const t = useT();
  if (!card) {
    return (
      <article className="record-card record-card--loading" aria-busy="true">
        <p>{t('Loading the filtered results…')}</p>
      </article>
    );
  }
  return <RecordCard record={card} leadOrganisations={leadOrganisations} />;
}

