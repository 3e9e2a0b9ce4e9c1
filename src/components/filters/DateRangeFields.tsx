import { useId } from 'react';
import { boundParts, joinBound, type DateEdge } from '../../domain/query/index.ts';
import { useT, useVocabulary } from '../i18n/index.ts';

export interface DateRangeFieldsProps {
  from: string | null;
  to: string | null;
  /** Years offered; a bound's own year is added if missing. */
  years: readonly number[];
  onChange: (edge: DateEdge, bound: string | null) => void;
}

const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

function BoundFields({ edge, bound, years, onChange }: { edge: DateEdge; bound: string | null; years: readonly number[]; onChange: DateRangeFieldsProps['onChange'] }) {
  const yearId = useId();
  const monthId = useId();
  const parts = boundParts(bound);
  const t = useT();
  const words = useVocabulary();
  const label = edge === 'from' ? t('From') : t('To');
  const options = [...new Set([...years.map(String), ...(parts.year ? [parts.year] : [])])].sort();
  return (
    <div className="date-range__bound">
      <label htmlFor={yearId} className="date-range__label">
        {label}
      </label>
      <select
        id={yearId}
        value={parts.year ?? ''}
        onChange={(event) => onChange(edge, joinBound({ year: event.currentTarget.value || null, month: parts.month }))}
      >
        <option value="">{t('Any year')}</option>
        {options.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
      <label htmlFor={monthId} className="visually-hidden">
        {edge === 'from' ? t('From month') : t('To month')}
      </label>
      <select
        id={monthId}
        value={parts.month ?? ''}
        disabled={parts.year === null}
        onChange={(event) => onChange(edge, joinBound({ year: parts.year, month: event.currentTarget.value || null }))}
      >
        <option value="">{edge === 'from' ? t('Start of year') : t('End of year')}</option>
        {months.map((month) => (
          <option key={month} value={month}>
            {words.longMonth(Number(month))}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The date range as a year plus an optional month for each end; both ends inclusive. */
export function DateRangeFields({ from, to, years, onChange }: DateRangeFieldsProps) {
  const t = useT();
  return (
    <fieldset className="facet date-range">
      <legend className="facet__legend">{t('Date')}</legend>
      <BoundFields edge="from" bound={from} years={years} onChange={onChange} />
      <BoundFields edge="to" bound={to} years={years} onChange={onChange} />
    </fieldset>
  );
}
