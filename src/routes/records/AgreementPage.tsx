import { Link } from 'react-router';
import { DateFact, Fact, NotNamedIndividually, SectorsFact } from '../../components/records/index.ts';
import { OrganisationList } from '../../components/organisations/index.ts';
import { PlaceText } from '../../components/facts/index.ts';
import { RecordDateText } from '../../components/facts/index.ts';
import { RecordPageLayout } from '../../components/records/index.ts';
import { RecordSection } from '../../components/records/index.ts';
import { agreementStatusExplanations } from '../../domain/records/index.ts';
import type { AgreementStatus } from '../../domain/records/index.ts';
import { Localised } from '../../components/i18n/index.ts';
import { sharedLayoutProps, useRecordPage } from '../../components/records/index.ts';

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
          <Fact term={t('Status')}>
            <strong>{words.agreementStatus(agreement.status)}</strong>
          </Fact>
          <DateFact date={agreement.date} recordText={field} />
          <Fact term={t('From the event')}>
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
          </Fact>
          <SectorsFact ids={agreement.sectors} />
        </dl>
      </RecordSection>
      <RecordSection id="parties" title={t('Parties')}>
        <OrganisationList
          ids={agreement.parties}
          empty={agreement.unnamedParties ? t('No party is named in the source.') : t('None named in the source.')}
        />
        {agreement.unnamedParties && <NotNamedIndividually description={field('unnamedParties', agreement.unnamedParties)} />}
      </RecordSection>
    </RecordPageLayout>
  );
}
