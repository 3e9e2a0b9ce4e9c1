import type { RecordDate } from '../../domain/records/index.ts';
import { RecordDateText } from './RecordDateText.tsx';

/**
 * A date at its true precision, with how it is known when the text does not state it in full.
 * Collapsible where many dates stand together (a delegation's stops), so the list stays scannable.
 */
export function DateWithBasis({ date, collapsible = false }: { date: RecordDate; collapsible?: boolean }) {
  if (collapsible && date.basis) {
    return (
      <>
        <RecordDateText date={date} />
        <details className="date-basis">
          <summary>How we know the date</summary>
          <span className="fact-note">{date.basis}</span>
        </details>
      </>
    );
  }
  return (
    <>
      <RecordDateText date={date} />
      {date.basis && <span className="fact-note">How we know the date: {date.basis}</span>}
    </>
  );
}
