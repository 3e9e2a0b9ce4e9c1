import { DateWithBasis } from '../../components/facts/index.ts';
import { DelegationRoute } from '../../components/records/index.ts';
import { OrganisationList } from '../../components/organisations/index.ts';
import { PlaceText } from '../../components/facts/index.ts';
import { RecordPageLayout } from '../../components/records/index.ts';
import { RecordSection } from '../../components/records/index.ts';
import { SectorTags } from '../../components/facts/index.ts';
import { recordStatusExplanations } from '../../domain/records/index.ts';
import { Localised } from '../../components/i18n/index.ts';
import { sharedLayoutProps, useRecordPage } from './useRecordPage.ts';

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
          <dt>{t('Date')}</dt>
          <dd>
            <DateWithBasis date={delegation.date} basis={delegation.date.basis ? field('date.basis', delegation.date.basis) : undefined} />
          </dd>
          <dt>{t('From')}</dt>
          <dd>
            <PlaceText place={delegation.from} />
          </dd>
          <dt>{delegation.to.length === 1 ? t('Destination') : t('Destinations')}</dt>
          <dd>
            <ul className="inline-list">
              {delegation.to.map((place, i) => (
                <li key={`${place.country}-${place.city}-${i}`}>
                  <PlaceText place={place} />
                </li>
              ))}
            </ul>
          </dd>
          <dt>{t('Purpose')}</dt>
          <dd>
            <Localised value={field('purpose', delegation.purpose)} />
          </dd>
          <dt>{t('Status')}</dt>
          <dd>{t(recordStatusExplanations[delegation.status])}</dd>
          {delegation.sectors.length > 0 && (
            <>
              <dt>{t('Sectors')}</dt>
              <dd>
                <SectorTags ids={delegation.sectors} />
              </dd>
            </>
          )}
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
            {delegation.unnamedMembers && (
              <p className="unnamed">
                <span className="unnamed__label">{t('Not named individually:')} </span>
                <Localised value={field('unnamedMembers', delegation.unnamedMembers)} />
              </p>
            )}
          </div>
        </div>
      </RecordSection>
      <RecordSection id="route" title={t('Route')}>
        <DelegationRoute stops={delegation.stops} />
      </RecordSection>
    </RecordPageLayout>
  );
}
