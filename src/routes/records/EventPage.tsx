import { Link, useParams } from 'react-router';
import { DateWithBasis } from '../../components/facts/index.ts';
import { ParticipantGroups } from '../../components/records/index.ts';
import { PeopleWithRoles } from '../../components/records/index.ts';
import { PlaceText } from '../../components/facts/index.ts';
import { RecordPageLayout } from '../../components/records/index.ts';
import { RecordSection } from '../../components/records/index.ts';
import { SectorTags } from '../../components/facts/index.ts';
import { journeyOf, recordKey } from '../../domain/dataset/index.ts';
import { recordStatusExplanations } from '../../domain/records/index.ts';
import { relatedToEvent } from '../../domain/dataset/index.ts';
import { useDatasetIndex } from '../../store/datasetStore.ts';
import { Localised, usePaths, useRecordText, useT, useVocabulary } from '../../components/i18n/index.ts';

export function EventPage() {
  const paths = usePaths();
  const t = useT();
  const words = useVocabulary();
  const text = useRecordText();
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
      eyebrow={t('{type} · {kind}', { type: words.recordType('event'), kind: words.eventKind(event.kind) })}
      title={text('events', event.id, 'title', event.title)}
      names={event.names}
      record={index.recordsByKey.get(recordKey('event', event.id))}
      statusNote={planned ? t(recordStatusExplanations.planned) : undefined}
      statusTone="planned"
      summary={text('events', event.id, 'summary', event.summary)}
      figures={event.figures}
      evidence={event.evidence}
      related={related}
      journey={journeyOf(index, 'event', id)}
      unnamedParticipants={event.unnamedParticipants}
    >
      <RecordSection id="facts" title={t('Key facts')}>
        <dl className="facts">
          <dt>{t('Date')}</dt>
          <dd>
            <DateWithBasis date={event.date} basis={event.date.basis ? text('events', event.id, 'date.basis', event.date.basis) : undefined} />
          </dd>
          <dt>{t('Where')}</dt>
          <dd>
            {location.online ? (
              <>
                <strong>{t('Online')}</strong>
                {(location.city || location.region || location.country) && (
                  <span className="fact-note">
                    {t('Hosted from:')} <PlaceText place={location} />
                  </span>
                )}
              </>
            ) : (
              <PlaceText place={location} />
            )}
          </dd>
          <dt>{t('Status')}</dt>
          <dd>{t(recordStatusExplanations[event.status])}</dd>
          {series && (
            <>
              <dt>{t('Series')}</dt>
              <dd>
                <Link to={paths.series(series.id)}><Localised value={text('series', series.id, 'title', series.title)} /></Link>
              </dd>
            </>
          )}
          {parent && (
            <>
              <dt>{t('Part of')}</dt>
              <dd>
                <Link to={paths.event(parent.id)}><Localised value={text('events', parent.id, 'title', parent.title)} /></Link>
              </dd>
            </>
          )}
          {delegation && (
            <>
              <dt>{t('Delegation')}</dt>
              <dd>
                <Link to={paths.delegation(delegation.id)}><Localised value={text('delegations', delegation.id, 'title', delegation.title)} /></Link>
              </dd>
            </>
          )}
          {event.sectors.length > 0 && (
            <>
              <dt>{t('Sectors')}</dt>
              <dd>
                <SectorTags ids={event.sectors} />
              </dd>
            </>
          )}
        </dl>
      </RecordSection>
      <RecordSection id="participants" title={t('Organisations by role')}>
        <ParticipantGroups participants={event.participants} />
      </RecordSection>
      {event.people.length > 0 && (
        <RecordSection id="people" title={t('People')}>
          <PeopleWithRoles people={event.people} />
        </RecordSection>
      )}
    </RecordPageLayout>
  );
}
