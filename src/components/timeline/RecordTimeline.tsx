import { Suspense, useMemo } from 'react';
import type { OrganisationRecordLink } from '../../domain/dataset/index.ts';
import { groupByYearAndMonth } from '../../domain/query/index.ts';
import { RecordCard } from './RecordCard.tsx';
import { lazyComponent } from '../ui/index.ts';
import { useVocabulary } from '../i18n/index.ts';
import { windowingThreshold } from '../../domain/timelineCards/index.ts';
import { recordKeyOf, type RecordTimelineProps, type TimelineProps } from './timelineProps.ts';

export type { RecordTimelineProps } from './timelineProps.ts';

/** The windowed list and the windowing library: loaded only when a list is long enough to need them. */
const WindowedTimeline = lazyComponent('src/components/timeline/WindowedTimeline.tsx', async () => (await import('./WindowedTimeline.tsx')).WindowedTimeline);

export { windowingThreshold };

/** Records grouped by year and month, in the order given; unknown dates in their own group. */
export function RecordTimeline(props: RecordTimelineProps) {
  const groups = useMemo(() => groupByYearAndMonth(props.records), [props.records]);
  if (props.records.length <= windowingThreshold) return <FullTimeline {...props} groups={groups} />;
  return (
    <Suspense>
      <WindowedTimeline {...props} groups={groups} />
    </Suspense>
  );
}

function FullTimeline({ groups, rolesByRecord, groupHeadingLevel = 2, leadOrganisations }: TimelineProps) {
  const GroupHeading = `h${groupHeadingLevel}` as const;
  const words = useVocabulary();
  return (
    <div className="timeline">
      {groups.map((group) => (
        <section key={group.key} className="timeline__group" aria-labelledby={`group-${group.key}`}>
          <GroupHeading id={`group-${group.key}`} className="timeline__heading">
            {words.timelineGroup(group.key)}
          </GroupHeading>
          <ol className="timeline__list">
            {group.records.map((record) => (
              <li key={recordKeyOf(record)}>
                <RecordCard
                  record={record}
                  roles={rolesByRecord?.get(recordKeyOf(record))}
                  headingLevel={groupHeadingLevel === 2 ? 3 : 4}
                  leadOrganisations={leadOrganisations}
                />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

export function rolesMap(links: readonly OrganisationRecordLink[]): Map<string, string[]> {
  return new Map(links.map((l) => [`${l.record.type}:${l.record.id}`, l.roles]));
}
