import { isoDateTime } from '../../domain/records/index.ts';
import type { RecordDate } from '../../domain/records/index.ts';
import { useVocabulary } from '../i18n/index.ts';

/** A date at its true precision, machine-readable where the year is known. */
export function RecordDateText({ date }: { date: RecordDate }) {
  const iso = isoDateTime(date);
  const text = useVocabulary().recordDate(date);
  return iso ? <time dateTime={iso}>{text}</time> : <span>{text}</span>;
}
