import { Link, useParams } from 'react-router';
import { DateWithBasis } from '../components/facts/index.ts';
import { ParticipantGroups } from '../components/records/index.ts';
import { PeopleWithRoles } from '../components/records/index.ts';
import { PlaceText } from '../components/facts/index.ts';
import { RecordPageLayout } from '../components/records/index.ts';
import { RecordSection } from '../components/records/index.ts';
import { SectorTags } from '../components/facts/index.ts';
import { journeyOf, recordKey } from '../domain/dataset/index.ts';
import { eventKindLabels, recordTypeLabels } from '../domain/records/index.ts';
import { paths } from '../domain/paths.ts';
import { recordStatusExplanations } from '../domain/records/index.ts';
import { relatedToEvent } from '../domain/dataset/index.ts';
import { useDatasetIndex } from '../store/datasetStore.ts';

export function EventPage() {
  const { id = '' } = useParams();
  const index = useDatasetIndex();
  const event = index.eventsById.get(id);
  const related = relatedToEvent(index, id);
  // The loader answers 404 for unknown ids; this only guards a data reload mid-visit.
  if (!event) return null;

  const parent = event.partOf ? index.eventsById.get(event.partOf) : undefined;
  const delegation = event.delegation ? index.delegationsById.get(event.delegation) : undefined;
  const series = event.series ? index.raw.series.find((s) => s.id === event.series) : undefined;
  const { location } = event;
  const planned = event.status === 'planned';

  return (
    <RecordPageLayout
      eyebrow={`${recordTypeLabels.event} · ${eventKindLabels[event.kind]}`}
      title={event.title}
      names={event.names}
      record={index.recordsByKey.get(recordKey('event', event.id))}
      statusNote={planned ? recordStatusExplanations.planned : undefined}
      statusTone="planned"
      summary={event.summary}
      figures={event.figures}
      evidence={event.evidence}
      related={related}
      journey={journeyOf(index, 'event', id)}
      unnamedParticipants={event.unnamedParticipants}
    >
      <RecordSection id="facts" title="Key facts">
        <dl className="facts">
          <dt>Date</dt>
          <dd>
            <DateWithBasis date={event.date} />
          </dd>
          <dt>Where</dt>
          <dd>
            {location.online ? (
              <>
                <strong>Online</strong>
                {(location.city || location.region || location.country) && (
                  <span className="fact-note">
                    Hosted from <PlaceText place={location} />
                  </span>
                )}
              </>
            ) : (
              <PlaceText place={location} />
            )}
          </dd>
          <dt>Status</dt>
          <dd>{recordStatusExplanations[event.status]}</dd>
          {series && (
            <>
              <dt>Series</dt>
              <dd>
                <Link to={paths.series(series.id)}>{series.title}</Link>
              </dd>
            </>
          )}
          {parent && (
            <>
              <dt>Part of</dt>
              <dd>
                <Link to={paths.event(parent.id)}>{parent.title}</Link>
              </dd>
            </>
          )}
          {delegation && (
            <>
              <dt>Delegation</dt>
              <dd>
                <Link to={paths.delegation(delegation.id)}>{delegation.title}</Link>
              </dd>
            </>
          )}
          {event.sectors.length > 0 && (
            <>
              <dt>Sectors</dt>
              <dd>
                <SectorTags ids={event.sectors} />
              </dd>
            </>
          )}
        </dl>
      </RecordSection>
      <RecordSection id="participants" title="Organisations by role">
        <ParticipantGroups participants={event.participants} />
      </RecordSection>
      {event.people.length > 0 && (
        <RecordSection id="people" title="People">
          <PeopleWithRoles people={event.people} />
        </RecordSection>
      )}
    </RecordPageLayout>
  );
}
