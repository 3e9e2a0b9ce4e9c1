import { useId, useRef } from 'react';
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
  /** Set the date range to a span of buckets, first to last (shift-click, drag, Shift+arrow keys). */
  onSelectSpan?: (first: string, last: string) => void;
}

/**
 * A bar's height as a percentage of the tallest, in steps of 5 (a class in DensityStrip.css): the page's
 * Content-Security-Policy allows no style attributes, and the prerendered strip must show without
 * JavaScript. A bar with any records is at least one step tall.
 */
export function fillLevel(count: number, max: number): number {
  return count > 0 ? Math.min(100, Math.ceil((count / max) * 20) * 5) : 0;
}

/**
 * Where the matching records fall in time: one bar per year, or per month when the range
 * is a single year. Each bar is a button that narrows the range to it.
 */
export function DensityStrip({ buckets, scale, from, to, unplaced, onSelect, onSelectSpan }: DensityStripProps) {
  const headingId = useId();
  const t = useT();
  const words = useVocabulary();
  const listRef = useRef<HTMLOListElement>(null);
  // Where a drag started: a press on one bar and a release on another selects the span between them.
  const dragFrom = useRef<string | null>(null);
  const span = (a: string, b: string) => onSelectSpan?.(a < b ? a : b, a < b ? b : a);
  /** Shift+arrow: grow or shrink the span at the end the focused bar is on, and follow it with focus. */
  const step = (key: string, direction: -1 | 1) => {
    // The bars on screen (long empty runs are folded into a gap).
    const keys = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('[data-key]:not(:disabled)') ?? [])].map((b) => b.dataset.key!);
    const next = keys[keys.indexOf(key) + direction];
    if (!next) return;
    const anchor = from !== null && from !== key ? from : to !== null && to !== key ? to : key;
    span(anchor, next);
    listRef.current?.querySelector<HTMLButtonElement>(`[data-key="${next}"]`)?.focus();
  };
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
      {onSelectSpan && (
        <p className="density__hint">{t('Shift-click, drag, or press Shift and an arrow key to select a span of bars.')}</p>
      )}
      <ol ref={listRef} className={`density__bars density__bars--${months ? 'months' : 'years'}`}>
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
              {/* Above the bar, outside it: a button's visible text must be part of its name (WCAG 2.5.3), and the name says the count in words. */}
              <span className="density__count" aria-hidden="true">
                {bucket.count > 0 ? bucket.count : ''}
              </span>
              <button
                type="button"
                className={`density__bar${highlighted ? ' density__bar--in-range' : ''}`}
                aria-label={t('{period}: {count, plural, one {# record} other {# records}}', { period: words.densityBucket(bucket.key), count: bucket.count })}
                aria-pressed={pressed}
                disabled={bucket.count === 0 && !pressed}
                data-key={bucket.key}
                onPointerDown={() => {
                  dragFrom.current = bucket.key;
                }}
                onPointerUp={(event) => {
                  const start = dragFrom.current;
                  dragFrom.current = null;
                  if (start !== null && start !== bucket.key && onSelectSpan) {
                    event.preventDefault();
                    span(start, bucket.key);
                  }
                }}
                onPointerEnter={(event) => {
                  // A drag that started on another bar: releasing outside a bar ends it without selecting.
                  if (event.buttons === 0) dragFrom.current = null;
                }}
                onKeyDown={(event) => {
                  if (!event.shiftKey || !onSelectSpan) return;
                  if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
                    event.preventDefault();
                    step(bucket.key, event.key === 'ArrowRight' ? 1 : -1);
                  }
                }}
                onClick={(event) => {
                  const anchor = from ?? to;
                  if (event.shiftKey && onSelectSpan && anchor !== null) span(anchor, bucket.key);
                  else onSelect(pressed ? null : bucket.key);
                }}
              >
                <span className="density__track" aria-hidden="true">
                  <span className={`density__fill density__fill--${fillLevel(bucket.count, max)}`} />
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
