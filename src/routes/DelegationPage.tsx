import { useParams } from 'react-router';
import { DateWithBasis } from '../components/facts/index.ts';
import { DelegationRoute } from '../components/records/index.ts';
import { OrganisationList } from '../components/organisations/index.ts';
import { PlaceText } from '../components/facts/index.ts';
import { RecordPageLayout } from '../components/records/index.ts';
import { RecordSection } from '../components/records/index.ts';
import { SectorTags } from '../components/facts/index.ts';
import { journeyOf, recordKey } from '../domain/dataset/index.ts';
import { recordTypeLabels } from '../domain/records/index.ts';
import { recordStatusExplanations } from '../domain/records/index.ts';
import { relatedToDelegation } from '../domain/dataset/index.ts';
import { useDatasetIndex } from '../store/datasetStore.ts';

export function DelegationPage() {
  const { id = '' } = useParams();
  const index = useDatasetIndex();
  const delegation = index.delegationsById.get(id);
  const related = relatedToDelegation(index, id);
  // The loader answers 404 for unknown ids; this only guards a data reload mid-visit.
  if (!delegation) return null;
  const planned = delegation.status === 'planned';

  return (
    <RecordPageLayout
      eyebrow={recordTypeLabels.delegation}
      title={delegation.title}
      names={delegation.names}
      record={index.recordsByKey.get(recordKey('delegation', delegation.id))}
      statusNote={planned ? recordStatusExplanations.planned : undefined}
      statusTone="planned"
      summary={delegation.summary}
      figures={delegation.figures}
      evidence={delegation.evidence}
      related={related}
      journey={journeyOf(index, 'delegation', id)}
      unnamedParticipants={delegation.unnamedParticipants}
    >
      <RecordSection id="facts" title="Key facts">
        <dl className="facts">
          <dt>Date</dt>
          <dd>
            <DateWithBasis date={delegation.date} />
          </dd>
          <dt>From</dt>
          <dd>
            <PlaceText place={delegation.from} />
          </dd>
          <dt>{delegation.to.length === 1 ? 'Destination' : 'Destinations'}</dt>
          <dd>
            <ul className="inline-list">
              {delegation.to.map((place, i) => (
                <li key={`${place.country}-${place.city}-${i}`}>
                  <PlaceText place={place} />
                </li>
              ))}
            </ul>
          </dd>
          <dt>Purpose</dt>
          <dd>{delegation.purpose}</dd>
          <dt>Status</dt>
          <dd>{recordStatusExplanations[delegation.status]}</dd>
          {delegation.sectors.length > 0 && (
            <>
              <dt>Sectors</dt>
              <dd>
                <SectorTags ids={delegation.sectors} />
              </dd>
            </>
          )}
        </dl>
      </RecordSection>
      <RecordSection id="who" title="Who went">
        <div className="role-groups">
          <div className="role-group">
            <h3 className="role-group__heading">Organisers</h3>
            <OrganisationList ids={delegation.organisers} empty="No organiser is named in the source." />
          </div>
          <div className="role-group">
            <h3 className="role-group__heading">Members</h3>
            <OrganisationList
              ids={delegation.members}
              empty={delegation.unnamedMembers ? 'No member is named in the source.' : 'None named in the source.'}
            />
            {delegation.unnamedMembers && (
              <p className="unnamed">
                <span className="unnamed__label">Not named individually: </span>
                {delegation.unnamedMembers}
              </p>
            )}
          </div>
        </div>
      </RecordSection>
      <RecordSection id="route" title="Route">
        <DelegationRoute stops={delegation.stops} />
      </RecordSection>
    </RecordPageLayout>
  );
}
