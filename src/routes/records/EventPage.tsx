import { DateFact, Fact, LinkedRecordFact, SectorsFact } from '../../components/records/index.ts';
import { ParticipantGroups } from '../../components/records/index.ts';
import { PeopleWithRoles } from '../../components/records/index.ts';
import { PlaceText } from '../../components/facts/index.ts';
import { RecordPageLayout } from '../../components/records/index.ts';
import { RecordSection } from '../../components/records/index.ts';
import { recordStatusExplanations } from '../../domain/records/index.ts';
import { sharedLayoutProps, useRecordPage } from '../../components/records/index.ts';

export function EventPage() {
  const page = useRecordPage('event');
  if (!page) return null;
  const { record: event, index, paths, t, words, text, field } = page;

  const parent = event.partOf ? index.eventsById.get(event.partOf) : undefined;
  const delegation = event.delegation ? index.delegationsById.get(event.delegation) : undefined;
  const series = event.series ? index.raw.series.find((s) => s.id === event.series) : undefined;
  const { location } = event;
  const planned = event.status === 'planned';

  return (
    <RecordPageLayout
      {...sharedLayoutProps(page)}
      eyebrow={t('{type} · {kind}', { type: words.recordType('event'), kind: words.eventKind(event.kind) })}
      statusNote={planned ? t(recordStatusExplanations.planned) : undefined}
      statusTone="planned"
    >
      <RecordSection id="facts" title={t('Key facts')}>
        <dl className="facts">
          <DateFact date={event.date} recordText={field} />
          <Fact term={t('Where')}>
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
          </Fact>
          <Fact term={t('Status')}>{t(recordStatusExplanations[event.status])}</Fact>
          {series && <LinkedRecordFact term={t('Series')} to={paths.series(series.id)} title={text('series', series.id, 'title', series.title)} />}
          {parent && <LinkedRecordFact term={t('Part of')} to={paths.event(parent.id)} title={text('events', parent.id, 'title', parent.title)} />}
          {delegation && (
            <LinkedRecordFact term={t('Delegation')} to={paths.delegation(delegation.id)} title={text('delegations', delegation.id, 'title', delegation.title)} />
          )}
          <SectorsFact ids={event.sectors} />
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
