import type { OrganisationRecordLink, TimelineRecord } from '../domain/dataset.ts';
import { groupByYearAndMonth } from '../domain/filterRecords.ts';
import { RecordCard } from './RecordCard.tsx';

export interface RecordTimelineProps {
  records: readonly TimelineRecord[];
  /** Roles per record key ("type:id"), shown on an organisation's page. */
  rolesByRecord?: ReadonlyMap<string, readonly string[]>;
  /** Heading level of the month groups; the cards use the next one. */
  groupHeadingLevel?: 2 | 3;
}

/** Records grouped by year and month, in the order given; unknown dates in their own group. */
export function RecordTimeline({ records, rolesByRecord, groupHeadingLevel = 2 }: RecordTimelineProps) {
  const GroupHeading = `h${groupHeadingLevel}` as const;
  return (
    <div className="timeline">
      {groupByYearAndMonth(records).map((group) => (
        <section key={group.key} className="timeline__group" aria-labelledby={`group-${group.key}`}>
          <GroupHeading id={`group-${group.key}`} className="timeline__heading">
            {group.label}
          </GroupHeading>
          <ol className="timeline__list">
            {group.records.map((record) => (
              <li key={`${record.type}:${record.id}`}>
                <RecordCard
                  record={record}
                  roles={rolesByRecord?.get(`${record.type}:${record.id}`)}
                  headingLevel={groupHeadingLevel === 2 ? 3 : 4}
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
