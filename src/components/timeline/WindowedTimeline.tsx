import { useMemo } from 'react';
import type { TimelineRecord } from '../../domain/dataset/index.ts';
import type { TimelineGroup } from '../../domain/query/index.ts';
import { RecordCard } from './RecordCard.tsx';
import { useWindowedList } from '../windowing/index.ts';
import { useT, useVocabulary } from '../i18n/index.ts';
import { recordKeyOf, type TimelineProps } from './timelineProps.ts';

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
export function WindowedTimeline({ groups, records, rolesByRecord, groupHeadingLevel = 2, leadOrganisations }: TimelineProps) {
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
