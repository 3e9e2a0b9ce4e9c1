import { useParams } from 'react-router';
import { DateWithBasis } from '../../components/facts/index.ts';
import { DelegationRoute } from '../../components/records/index.ts';
import { OrganisationList } from '../../components/organisations/index.ts';
import { PlaceText } from '../../components/facts/index.ts';
import { RecordPageLayout } from '../../components/records/index.ts';
import { RecordSection } from '../../components/records/index.ts';
import { SectorTags } from '../../components/facts/index.ts';
import { journeyOf, recordKey } from '../../domain/dataset/index.ts';
import { recordStatusExplanations } from '../../domain/records/index.ts';
import { relatedToDelegation } from '../../domain/dataset/index.ts';
import { useDatasetIndex } from '../../store/datasetStore.ts';
import { Localised, useRecordText, useT, useVocabulary } from '../../components/i18n/index.ts';

export function DelegationPage() {
  const t = useT();
  const words = useVocabulary();
  const text = useRecordText();
  const { id = '' } = useParams();
  const index = useDatasetIndex();
  const delegation = index.delegationsById.get(id);
  const related = relatedToDelegation(index, id);
  // The loader answers 404 for unknown ids; this only guards a data reload mid-visit.
  if (!delegation) return null;
  const planned = delegation.status === 'planned';

  return (
    <RecordPageLayout
      eyebrow={words.recordType('delegation')}
      title={text('delegations', delegation.id, 'title', delegation.title)}
      names={delegation.names}
      record={index.recordsByKey.get(recordKey('delegation', delegation.id))}
      statusNote={planned ? t(recordStatusExplanations.planned) : undefined}
      statusTone="planned"
      summary={text('delegations', delegation.id, 'summary', delegation.summary)}
      figures={delegation.figures}
      evidence={delegation.evidence}
      related={related}
      journey={journeyOf(index, 'delegation', id)}
      unnamedParticipants={delegation.unnamedParticipants}
    >
      <RecordSection id="facts" title={t('Key facts')}>
        <dl className="facts">
          <dt>{t('Date')}</dt>
          <dd>
            <DateWithBasis date={delegation.date} basis={delegation.date.basis ? text('delegations', delegation.id, 'date.basis', delegation.date.basis) : undefined} />
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
            <Localised value={text('delegations', delegation.id, 'purpose', delegation.purpose)} />
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
                <Localised value={text('delegations', delegation.id, 'unnamedMembers', delegation.unnamedMembers)} />
              </p>
            )}
          </div>
        </div>
      </RecordSection>
      <RecordSection id="route" title={t('Route')}>
        <DelegationRoute delegationId={delegation.id} stops={delegation.stops} />
      </RecordSection>
    </RecordPageLayout>
  );
}
