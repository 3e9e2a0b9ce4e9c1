import { useT } from '../i18n/index.ts';

export interface UndatedNoticeProps {
  /** Records with no stated year the date range leaves out (0 when none or when they are kept). */
  leftOut: number;
  /** A date range is set. */
  rangeSet: boolean;
  includeUndated: boolean;
  onChange: (includeUndated: boolean) => void;
}

/**
 * A date range cannot place a record whose year the source does not state. Rather than let such records
 * vanish without a word, say how many are left out and offer to keep them (the choice is kept in the URL).
 */
export function UndatedNotice({ leftOut, rangeSet, includeUndated, onChange }: UndatedNoticeProps) {
  const t = useT();
  if (!rangeSet || (leftOut === 0 && !includeUndated)) return null;
  return (
    <div className="undated-notice">
      {!includeUndated && (
        <p className="undated-notice__text">
          {t(
            '{count, plural, one {The date range leaves out # record whose source does not state the year.} other {The date range leaves out # records whose sources do not state the year.}}',
            { count: leftOut },
          )}
        </p>
      )}
      <label className="undated-notice__choice">
        <input type="checkbox" checked={includeUndated} onChange={(event) => onChange(event.currentTarget.checked)} />{' '}
        {t('Include records with no stated year')}
      </label>
    </div>
  );
}
