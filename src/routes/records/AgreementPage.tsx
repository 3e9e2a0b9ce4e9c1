import { Link, useParams } from 'react-router';
import { DateWithBasis } from '../../components/facts/index.ts';
import { OrganisationList } from '../../components/organisations/index.ts';
import { PlaceText } from '../../components/facts/index.ts';
import { RecordDateText } from '../../components/facts/index.ts';
import { RecordPageLayout } from '../../components/records/index.ts';
import { RecordSection } from '../../components/records/index.ts';
import { SectorTags } from '../../components/facts/index.ts';
import { journeyOf, recordKey } from '../../domain/dataset/index.ts';
import { agreementStatusExplanations } from '../../domain/records/index.ts';
import { relatedToAgreement } from '../../domain/dataset/index.ts';
import type { AgreementStatus } from '../../domain/records/index.ts';
import { useDatasetIndex } from '../../store/datasetStore.ts';
import { Localised, usePaths, useRecordText, useT, useVocabulary } from '../../components/i18n/index.ts';

const statusTones: Record<AgreementStatus, 'strong' | 'weak' | 'planned'> = {
  signed: 'strong',
  memorandum: 'strong',
  preliminary: 'weak',
  planned: 'planned',
  'in-discussion': 'weak',
  potential: 'weak',
};

export function AgreementPage() {
  const paths = usePaths();
  const t = useT();
  const words = useVocabulary();
  const text = useRecordText();
  const { id = '' } = useParams();
  const index = useDatasetIndex();
  const agreement = index.agreementsById.get(id);
  const related = relatedToAgreement(index, id);
  // The loader answers 404 for unknown ids; this only guards a data reload mid-visit.
  if (!agreement) return null;
  const event = agreement.event ? index.eventsById.get(agreement.event) : undefined;

  return (
    <RecordPageLayout
      eyebrow={t('{type} · {kind}', { type: words.recordType('agreement'), kind: words.agreementStatus(agreement.status) })}
      title={text('agreements', agreement.id, 'title', agreement.title)}
      names={agreement.names}
      record={index.recordsByKey.get(recordKey('agreement', agreement.id))}
      statusNote={t(agreementStatusExplanations[agreement.status])}
      statusTone={statusTones[agreement.status]}
      summary={text('agreements', agreement.id, 'summary', agreement.summary)}
      figures={agreement.figures}
      evidence={agreement.evidence}
      related={related}
      journey={journeyOf(index, 'agreement', id)}
      unnamedParticipants={agreement.unnamedParticipants}
    >
      <RecordSection id="facts" title={t('Key facts')}>
        <dl className="facts">
          <dt>{t('Status')}</dt>
          <dd>
            <strong>{words.agreementStatus(agreement.status)}</strong>
          </dd>
          <dt>{t('Date')}</dt>
          <dd>
            <DateWithBasis date={agreement.date} basis={agreement.date.basis ? text('agreements', agreement.id, 'date.basis', agreement.date.basis) : undefined} />
          </dd>
          <dt>{t('From the event')}</dt>
          <dd>
            {event ? (
              <>
                <Link to={paths.event(event.id)}><Localised value={text('events', event.id, 'title', event.title)} /></Link>
                <span className="fact-note">
                  <RecordDateText date={event.date} />
                  {' · '}
                  {event.location.online ? t('Online') : <PlaceText place={event.location} />}
                </span>
              </>
            ) : (
              <span className="muted">{t('Not tied to a particular event in the source.')}</span>
            )}
          </dd>
          {agreement.sectors.length > 0 && (
            <>
              <dt>{t('Sectors')}</dt>
              <dd>
                <SectorTags ids={agreement.sectors} />
              </dd>
            </>
          )}
        </dl>
      </RecordSection>
      <RecordSection id="parties" title={t('Parties')}>
        <OrganisationList
          ids={agreement.parties}
          empty={agreement.unnamedParties ? t('No party is named in the source.') : t('None named in the source.')}
        />
        {agreement.unnamedParties && (
          <p className="unnamed">
            <span className="unnamed__label">{t('Not named individually:')} </span>
            <Localised value={text('agreements', agreement.id, 'unnamedParties', agreement.unnamedParties)} />
          </p>
        )}
      </RecordSection>
    </RecordPageLayout>
  );
}
