import { Link, useParams } from 'react-router';
import { DateWithBasis } from '../components/facts/index.ts';
import { OrganisationList } from '../components/organisations/index.ts';
import { PlaceText } from '../components/facts/index.ts';
import { RecordDateText } from '../components/facts/index.ts';
import { RecordPageLayout } from '../components/records/index.ts';
import { RecordSection } from '../components/records/index.ts';
import { SectorTags } from '../components/facts/index.ts';
import { journeyOf, recordKey } from '../domain/dataset/index.ts';
import { agreementStatusLabels, recordTypeLabels } from '../domain/records/index.ts';
import { paths } from '../domain/paths.ts';
import { agreementStatusExplanations } from '../domain/records/index.ts';
import { relatedToAgreement } from '../domain/dataset/index.ts';
import type { AgreementStatus } from '../domain/records/index.ts';
import { useDatasetIndex } from '../store/datasetStore.ts';

const statusTones: Record<AgreementStatus, 'strong' | 'weak' | 'planned'> = {
  signed: 'strong',
  memorandum: 'strong',
  preliminary: 'weak',
  planned: 'planned',
  'in-discussion': 'weak',
  potential: 'weak',
};

export function AgreementPage() {
  const { id = '' } = useParams();
  const index = useDatasetIndex();
  const agreement = index.agreementsById.get(id);
  const related = relatedToAgreement(index, id);
  // The loader answers 404 for unknown ids; this only guards a data reload mid-visit.
  if (!agreement) return null;
  const event = agreement.event ? index.eventsById.get(agreement.event) : undefined;

  return (
    <RecordPageLayout
      eyebrow={`${recordTypeLabels.agreement} · ${agreementStatusLabels[agreement.status]}`}
      title={agreement.title}
      names={agreement.names}
      record={index.recordsByKey.get(recordKey('agreement', agreement.id))}
      statusNote={agreementStatusExplanations[agreement.status]}
      statusTone={statusTones[agreement.status]}
      summary={agreement.summary}
      figures={agreement.figures}
      evidence={agreement.evidence}
      related={related}
      journey={journeyOf(index, 'agreement', id)}
      unnamedParticipants={agreement.unnamedParticipants}
    >
      <RecordSection id="facts" title="Key facts">
        <dl className="facts">
          <dt>Status</dt>
          <dd>
            <strong>{agreementStatusLabels[agreement.status]}</strong>
          </dd>
          <dt>Date</dt>
          <dd>
            <DateWithBasis date={agreement.date} />
          </dd>
          <dt>From the event</dt>
          <dd>
            {event ? (
              <>
                <Link to={paths.event(event.id)}>{event.title}</Link>
                <span className="fact-note">
                  <RecordDateText date={event.date} />
                  {' · '}
                  {event.location.online ? 'Online' : <PlaceText place={event.location} />}
                </span>
              </>
            ) : (
              <span className="muted">Not tied to a particular event in the source.</span>
            )}
          </dd>
          {agreement.sectors.length > 0 && (
            <>
              <dt>Sectors</dt>
              <dd>
                <SectorTags ids={agreement.sectors} />
              </dd>
            </>
          )}
        </dl>
      </RecordSection>
      <RecordSection id="parties" title="Parties">
        <OrganisationList
          ids={agreement.parties}
          empty={agreement.unnamedParties ? 'No party is named in the source.' : 'None named in the source.'}
        />
        {agreement.unnamedParties && (
          <p className="unnamed">
            <span className="unnamed__label">Not named individually: </span>
            {agreement.unnamedParties}
          </p>
        )}
      </RecordSection>
    </RecordPageLayout>
  );
}
