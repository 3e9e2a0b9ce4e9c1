import { Link } from 'react-router';
import type { TimelineRecord } from '../../domain/dataset/index.ts';
import { RecordBadges, RecordDateText } from '../facts/index.ts';
import { newTab } from './EmbedFrame.tsx';
import { Localised, usePaths, usePlaceLine, useRecordText, useT } from '../i18n/index.ts';

/** More than this and the embed links to the full view for the rest: an iframe is not a place to scroll 1,000 rows. */
export const embedRecordLimit = 50;

export function EmbedRecordList({ records, fullPath }: { records: readonly TimelineRecord[]; fullPath: string }) {
  const paths = usePaths();
  const t = useT();
  const placeLine = usePlaceLine();
  const recordText = useRecordText();
  if (records.length === 0) return <p className="embed__empty">{t('No records match this view.')}</p>;
  const shown = records.slice(0, embedRecordLimit);
  return (
    <>
      <ol className="embed__list">
        {shown.map((record) => (
          <li key={`${record.type}:${record.id}`} className="embed__item">
            <p className="embed__meta">
              <RecordDateText date={record.date} />
              <RecordBadges record={record} />
            </p>
            <Link className="embed__link" to={paths.record(record.type, record.id)} {...newTab}>
              <Localised value={recordText(`${record.type}s`, record.id, 'title', record.title)} />
            </Link>
            {(record.online || record.place) && <p className="embed__place">{record.online ? t('Online') : <Localised value={placeLine(record.place!)} />}</p>}
          </li>
        ))}
      </ol>
      {records.length > shown.length && (
        <p className="embed__more">
          <Link to={fullPath} {...newTab}>
            {t('See all {count} records in the atlas', { count: records.length })}
          </Link>
        </p>
      )}
    </>
  );
}
