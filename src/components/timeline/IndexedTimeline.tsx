import { Suspense, useEffect, useMemo } from 'react';
import { windowingThreshold } from '../../domain/timelineCards/index.ts';
import { CardOrPlaceholder } from './CardOrPlaceholder.tsx';
import { lazyComponent } from '../ui/index.ts';
import { useVocabulary } from '../i18n/index.ts';
import type { IndexedTimelineProps } from './indexedRows.ts';

export type { IndexedTimelineProps } from './indexedRows.ts';

const WindowedIndexedTimeline = lazyComponent(
  'src/components/timeline/WindowedIndexedTimeline.tsx',
  async () => (await import('./WindowedIndexedTimeline.tsx')).WindowedIndexedTimeline,
);

/**
 * The timeline of the timeline page: cards by row from the card shards, grouped as the answer groups them.
 * A short list is rendered whole (so its prerendered page lists every record); a long one is windowed.
 */
export function IndexedTimeline(props: IndexedTimelineProps) {
  if (props.rows.length <= windowingThreshold) return <FullIndexedTimeline {...props} />;
  return (
    <Suspense>
      <WindowedIndexedTimeline {...props} />
    </Suspense>
  );
}

function FullIndexedTimeline({ rows, groups, cards, onShowRows, leadOrganisations }: IndexedTimelineProps) {
  const words = useVocabulary();
  // Rows whose cards are not loaded (a new answer's): asked for once the list is on screen.
  useEffect(() => {
    const missing = Array.from(rows).filter((row) => !cards.has(row));
    if (missing.length > 0) onShowRows(missing);
  }, [rows, cards, onShowRows]);
  // Where each group's rows start in the answer.
  const starts = useMemo(() => groups.reduce<number[]>((list, group, i) => [...list, i === 0 ? 0 : list[i - 1]! + groups[i - 1]!.count], []), [groups]);
  return (
    <div className="timeline">
      {groups.map((group, i) => {
        const members = rows.subarray(starts[i]!, starts[i]! + group.count);
        return (
          <section key={group.key} className="timeline__group" aria-labelledby={`group-${group.key}`}>
            <h2 id={`group-${group.key}`} className="timeline__heading">
              {words.timelineGroup(group.key)}
            </h2>
            <ol className="timeline__list">
              {Array.from(members, (row) => (
                <li key={row}>
                  <CardOrPlaceholder card={cards.get(row)} leadOrganisations={leadOrganisations} />
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
