import { Link } from 'react-router';
import type { TimelineRecord } from '../../domain/dataset/index.ts';
import { RecordBadges, RecordDateText } from '../facts/index.ts';
import { newTab } from './EmbedFrame.tsx';
import { usePaths } from '../i18n/index.ts';

/** More than this and the embed links to the full view for the rest: an iframe is not a place to scroll 1,000 rows. */
export const embedRecordLimit = 50;

export function EmbedRecordList({ records, fullPath }: { records: readonly TimelineRecord[]; fullPath: string }) {
  const paths = usePaths();
  if (records.length === 0) return <p className="embed__empty">No records match this view.</p>;
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
              {record.title}
            </Link>
            {(record.online || record.place) && <p className="embed__place">{record.online ? 'Online' : record.place}</p>}
          </li>
        ))}
      </ol>
      {records.length > shown.length && (
        <p className="embed__more">
          <Link to={fullPath} {...newTab}>
            {`See all ${records.length} records in the atlas`}
          </Link>
        </p>
      )}
    </>
  );
}
