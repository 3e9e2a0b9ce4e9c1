import type { FilterChip } from '../../domain/query/index.ts';
import type { TimelineFilters } from '../../domain/query/index.ts';
import './NoMatchesMessage.css';
import { useT } from '../i18n/index.ts';

export interface NoMatchesMessageProps {
  chips: readonly FilterChip[];
  /** How many records a set of filters matches. */
  countFor: (filters: TimelineFilters) => number;
  onApply: (filters: TimelineFilters) => void;
}

/**
 * The empty timeline: which single filter to drop, and how many records that would bring
 * back, so nobody has to guess which one is in the way.
 */
export function NoMatchesMessage({ chips, countFor, onApply }: NoMatchesMessageProps) {
  const ways = chips
    .map((chip) => ({ chip, count: countFor(chip.without) }))
    .filter((way) => way.count > 0)
    .sort((a, b) => b.count - a.count);
  const t = useT();
  return (
    <div className="timeline-empty">
      <h2>{t('No records match')}</h2>
      {chips.length === 0 ? (
        <p>{t('There are no records in the atlas yet.')}</p>
      ) : ways.length === 0 ? (
        <p>{t('No single filter is in the way: remove several, or clear them all.')}</p>
      ) : (
        <>
          <p>{t('Remove a filter to see more:')}</p>
          <ul className="timeline-empty__ways">
            {ways.map(({ chip, count }) => (
              <li key={chip.id}>
                <button type="button" className="button" onClick={() => onApply(chip.without)}>
                  {t('Without {facet} {value}: {count, plural, one {# record} other {# records}}', { facet: t(chip.facet).toLowerCase(), value: chip.value, count })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
