import { useId } from 'react';
import type { DensityBucket } from '../../domain/query/index.ts';
import { bucketInRange, foldEmptyRuns, type DensityScale } from '../../domain/query/index.ts';
import './DensityStrip.css';
import { useT, useVocabulary } from '../i18n/index.ts';

export interface DensityStripProps {
  buckets: readonly DensityBucket[];
  scale: DensityScale;
  from: string | null;
  to: string | null;
  /** Matching records no bar counts (unknown year, or unknown month on the month scale). */
  unplaced: number;
  /** Set the date range to one bucket, or clear it (null). */
  onSelect: (key: string | null) => void;
}


/**
 * Where the matching records fall in time: one bar per year, or per month when the range
 * is a single year. Each bar is a button that narrows the range to it.
 */
export function DensityStrip({ buckets, scale, from, to, unplaced, onSelect }: DensityStripProps) {
  const headingId = useId();
  const t = useT();
  const words = useVocabulary();
  if (buckets.length === 0) return null;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const months = scale.kind === 'months';
  return (
    <section className="density" aria-labelledby={headingId}>
      <div className="density__header">
        <h2 id={headingId} className="density__heading">
          {months ? t('Records per month in {year}', { year: String(scale.year) }) : t('Records per year')}
        </h2>
        {months && (
          <button type="button" className="density__back" onClick={() => onSelect(null)}>
            <span aria-hidden="true">←</span> {t('All years')}
          </button>
        )}
      </div>
      <ol className={`density__bars density__bars--${months ? 'months' : 'years'}`}>
        {(months ? buckets.map((bucket) => ({ kind: 'bucket' as const, bucket })) : foldEmptyRuns(buckets)).map((item) => {
          if (item.kind === 'gap') {
            return (
              <li key={`gap-${item.first}`} className="density__gap">
                <span className="visually-hidden">{t('{first}–{last}: no records', { first: String(item.first), last: String(item.last) })}</span>
                <span aria-hidden="true" className="density__gap-mark" title={t('{first}–{last}: no records', { first: String(item.first), last: String(item.last) })}>
                  ⋯
                </span>
              </li>
            );
          }
          const { bucket } = item;
          const pressed = from === bucket.key && to === bucket.key;
          const highlighted = bucketInRange(bucket.key, { from, to });
          const shortLabel = months ? words.shortMonth(Number(bucket.key.slice(5))) : bucket.key;
          return (
            <li key={bucket.key} className="density__item">
              <button
                type="button"
                className={`density__bar${highlighted ? ' density__bar--in-range' : ''}`}
                aria-label={t('{period}: {count, plural, one {# record} other {# records}}', { period: words.densityBucket(bucket.key), count: bucket.count })}
                aria-pressed={pressed}
                disabled={bucket.count === 0 && !pressed}
                onClick={() => onSelect(pressed ? null : bucket.key)}
              >
                <span className="density__count" aria-hidden="true">
                  {bucket.count > 0 ? bucket.count : ''}
                </span>
                <span className="density__track" aria-hidden="true">
                  <span className="density__fill" style={{ blockSize: bucket.count > 0 ? `max(4px, ${(bucket.count / max) * 100}%)` : 0 }} />
                </span>
                <span className="density__label" aria-hidden="true">
                  <span className="density__label-full">{shortLabel}</span>
                  {!months && <span className="density__label-short">{`’${bucket.key.slice(2)}`}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {unplaced > 0 && (
        <p className="density__note">
          {months
            ? t('{count, plural, one {# record} other {# records}} from {year} with no stated month {count, plural, one {is} other {are}} not on the strip.', { count: unplaced, year: String(scale.year) })
            : t('{count, plural, one {# record} other {# records}} with no stated year {count, plural, one {is} other {are}} not on the strip.', { count: unplaced })}
        </p>
      )}
    </section>
  );
}
