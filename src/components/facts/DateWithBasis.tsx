import type { RecordDate } from '../../domain/records/index.ts';
import { RecordDateText } from './RecordDateText.tsx';
import { Localised, useLocale, useT, type LocalisedText } from '../i18n/index.ts';

/**
 * A date at its true precision, with how it is known when the text does not state it in full.
 * Collapsible where many dates stand together (a delegation's stops), so the list stays scannable.
 */
export function DateWithBasis({ date, collapsible = false, basis }: { date: RecordDate; collapsible?: boolean; basis?: LocalisedText }) {
  const t = useT();
  const locale = useLocale();
  const shownBasis = basis ?? (date.basis ? { text: date.basis, lang: 'en', translated: false } : undefined);
  if (collapsible && shownBasis) {
    return (
      <>
        <RecordDateText date={date} />
        <details className="date-basis">
          <summary>{t('How we know the date')}</summary>
          <Localised className="fact-note" value={shownBasis} />
        </details>
      </>
    );
  }
  return (
    <>
      <RecordDateText date={date} />
      {shownBasis && (
        <span className="fact-note">
          {t('How we know the date:')}
          {/* A Chinese full-width colon carries its own space. */}
          {locale === 'en' ? ' ' : ''}
          <Localised value={shownBasis} />
        </span>
      )}
    </>
  );
}
