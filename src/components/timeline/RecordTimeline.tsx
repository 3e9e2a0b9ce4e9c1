import { useMemo } from 'react';
import type { OrganisationRecordLink, TimelineRecord } from '../../domain/dataset/index.ts';
import { groupByYearAndMonth, type TimelineGroup } from '../../domain/query/index.ts';
import { RecordCard } from './RecordCard.tsx';
import { useWindowedList } from '../ui/index.ts';
import { useT, useVocabulary } from '../i18n/index.ts';

export interface RecordTimelineProps {
  records: readonly TimelineRecord[];
  /** Roles per record key ("type:id"), shown on an organisation's page. */
  rolesByRecord?: ReadonlyMap<string, readonly string[]>;
  /** Heading level of the month groups; the cards use the next one. */
  groupHeadingLevel?: 2 | 3;
  /** Organisations the list is filtered by: first on each card. */
  leadOrganisations?: readonly string[];
}

/**
 * Above this many records only the rows near the viewport are in the DOM. Below it every
 * record is rendered, so a prerendered page lists them all even without JavaScript.
 */
export const windowingThreshold = 150;

/** Records grouped by year and month, in the order given; unknown dates in their own group. */
export function RecordTimeline(props: RecordTimelineProps) {
  const groups = useMemo(() => groupByYearAndMonth(props.records), [props.records]);
  return props.records.length > windowingThreshold ? <WindowedTimeline {...props} groups={groups} /> : <FullTimeline {...props} groups={groups} />;
}

type TimelineProps = RecordTimelineProps & { groups: TimelineGroup[] };

const recordKeyOf = (record: TimelineRecord) => `${record.type}:${record.id}`;

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

type Row = { kind: 'heading'; group: TimelineGroup } | { kind: 'record'; record: TimelineRecord; position: number };

function timelineRows(groups: readonly TimelineGroup[]): Row[] {
  const rows: Row[] = [];
  let position = 0;
  for (const group of groups) {
    rows.push({ kind: 'heading', group });
    for (const record of group.records) {
      position += 1;
      rows.push({ kind: 'record', record, position });
    }
  }
  return rows;
}

/**
 * The same timeline for long lists: group headings and cards as one windowed sequence of
 * rows, measured as they render. Tabbing to the last rendered card scrolls it into view,
 * which renders the next ones, so keyboard users can go through the whole list.
 */
function WindowedTimeline({ groups, records, rolesByRecord, groupHeadingLevel = 2, leadOrganisations }: TimelineProps) {
  const GroupHeading = `h${groupHeadingLevel}` as const;
  const t = useT();
  const words = useVocabulary();
  const rows = useMemo(() => timelineRows(groups), [groups]);
  const { listRef, virtualizer, placeRow } = useWindowedList<HTMLDivElement>({
    count: rows.length,
    estimateSize: (i) => (rows[i]!.kind === 'heading' ? 44 : 180),
    overscan: 6,
    getItemKey: (i) => {
      const row = rows[i]!;
      return row.kind === 'heading' ? `heading:${row.group.key}` : recordKeyOf(row.record);
    },
  });
  return (
    <div ref={listRef} className="timeline timeline--windowed" aria-label={t('{count, plural, one {# record} other {# records}}', { count: records.length })} role="region">
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index]!;
        return (
          <div key={item.key} data-index={item.index} ref={placeRow(item.start)} className="timeline__row">
            {row.kind === 'heading' ? (
              <GroupHeading className="timeline__heading timeline__heading--windowed">{words.timelineGroup(row.group.key)}</GroupHeading>
            ) : (
              <div className="timeline__windowed-card" aria-posinset={row.position} aria-setsize={records.length} role="group">
                <RecordCard
                  record={row.record}
                  roles={rolesByRecord?.get(recordKeyOf(row.record))}
                  headingLevel={groupHeadingLevel === 2 ? 3 : 4}
                  leadOrganisations={leadOrganisations}
                />
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}

export function rolesMap(links: readonly OrganisationRecordLink[]): Map<string, string[]> {
  return new Map(links.map((l) => [`${l.record.type}:${l.record.id}`, l.roles]));
}
