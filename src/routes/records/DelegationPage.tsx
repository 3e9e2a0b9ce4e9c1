import { DateFact, Fact, NotNamedIndividually, SectorsFact } from '../../components/records/index.ts';
import { DelegationRoute } from '../../components/records/index.ts';
import { OrganisationList } from '../../components/organisations/index.ts';
import { PlaceText } from '../../components/facts/index.ts';
import { RecordPageLayout } from '../../components/records/index.ts';
import { RecordSection } from '../../components/records/index.ts';
import { recordStatusExplanations } from '../../domain/records/index.ts';
import { Localised } from '../../components/i18n/index.ts';
import { sharedLayoutProps, useRecordPage } from '../../components/records/index.ts';

export function DelegationPage() {
  const page = useRecordPage('delegation');
  if (!page) return null;
  const { record: delegation, t, words, field } = page;
  const planned = delegation.status === 'planned';

  return (
    <RecordPageLayout
      {...sharedLayoutProps(page)}
      eyebrow={words.recordType('delegation')}
      statusNote={planned ? t(recordStatusExplanations.planned) : undefined}
      statusTone="planned"
    >
      <RecordSection id="facts" title={t('Key facts')}>
        <dl className="facts">
          <DateFact date={delegation.date} recordText={field} />
          <Fact term={t('From')}>
            <PlaceText place={delegation.from} />
          </Fact>
          <Fact term={delegation.to.length === 1 ? t('Destination') : t('Destinations')}>
            <ul className="inline-list">
              {delegation.to.map((place, i) => (
                <li key={`${place.country}-${place.city}-${i}`}>
                  <PlaceText place={place} />
                </li>
              ))}
            </ul>
          </Fact>
          <Fact term={t('Purpose')}>
            <Localised value={field('purpose', delegation.purpose)} />
          </Fact>
          <Fact term={t('Status')}>{t(recordStatusExplanations[delegation.status])}</Fact>
          <SectorsFact ids={delegation.sectors} />
        </dl>
      </RecordSection>
      <RecordSection id="who" title={t('Who went')}>
        <div className="role-groups">
          <div className="role-group">
            <h3 className="role-group__heading">{t('Organisers')}</h3>
            <OrganisationList ids={delegation.organisers} empty={t('No organiser is named in the source.')} />
          </div>
          <div className="role-group">
            <h3 className="role-group__heading">{t('Members')}</h3>
            <OrganisationList
              ids={delegation.members}
              empty={delegation.unnamedMembers ? t('No member is named in the source.') : t('None named in the source.')}
            />
            {delegation.unnamedMembers && <NotNamedIndividually description={field('unnamedMembers', delegation.unnamedMembers)} />}
          </div>
        </div>
      </RecordSection>
      <RecordSection id="route" title={t('Route')}>
        <DelegationRoute delegationId={delegation.id} stops={delegation.stops} />
      </RecordSection>
    </RecordPageLayout>
  );
}
