import { Link } from 'react-router';
import { DateWithBasis } from '../../components/facts/index.ts';
import { OrganisationList } from '../../components/organisations/index.ts';
import { PlaceText } from '../../components/facts/index.ts';
import { RecordDateText } from '../../components/facts/index.ts';
import { RecordPageLayout } from '../../components/records/index.ts';
import { RecordSection } from '../../components/records/index.ts';
import { SectorTags } from '../../components/facts/index.ts';
import { agreementStatusExplanations } from '../../domain/records/index.ts';
import type { AgreementStatus } from '../../domain/records/index.ts';
import { Localised } from '../../components/i18n/index.ts';
import { sharedLayoutProps, useRecordPage } from './useRecordPage.ts';

const statusTones: Record<AgreementStatus, 'strong' | 'weak' | 'planned'> = {
  signed: 'strong',
  memorandum: 'strong',
  preliminary: 'weak',
  planned: 'planned',
  'in-discussion': 'weak',
  potential: 'weak',
};

export function AgreementPage() {
  const page = useRecordPage('agreement');
  if (!page) return null;
  const { record: agreement, index, paths, t, words, text, field } = page;
  const event = agreement.event ? index.eventsById.get(agreement.event) : undefined;

  return (
    <RecordPageLayout
      {...sharedLayoutProps(page)}
      eyebrow={t('{type} · {kind}', { type: words.recordType('agreement'), kind: words.agreementStatus(agreement.status) })}
      statusNote={t(agreementStatusExplanations[agreement.status])}
      statusTone={statusTones[agreement.status]}
    >
      <RecordSection id="facts" title={t('Key facts')}>
        <dl className="facts">
          <dt>{t('Status')}</dt>
          <dd>
            <strong>{words.agreementStatus(agreement.status)}</strong>
          </dd>
          <dt>{t('Date')}</dt>
          <dd>
            <DateWithBasis date={agreement.date} basis={agreement.date.basis ? field('date.basis', agreement.date.basis) : undefined} />
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
            <Localised value={field('unnamedParties', agreement.unnamedParties)} />
          </p>
        )}
      </RecordSection>
    </RecordPageLayout>
  );
}
