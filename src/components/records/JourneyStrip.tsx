import { Link } from 'react-router';
import { recordKey, type TimelineRecord } from '../../domain/dataset/index.ts';
import { paths } from '../../domain/paths.ts';
import { agreementStatusLabels, eventKindLabels, recordTypeLabels } from '../../domain/records/index.ts';
import type { AgreementStatus, EventKind } from '../../domain/records/index.ts';
import { RecordDateText } from '../facts/index.ts';

function kindText(record: TimelineRecord): string {
  if (record.type === 'event') return eventKindLabels[record.kind as EventKind] ?? record.kind;
  if (record.type === 'agreement') return `Agreement · ${agreementStatusLabels[record.kind as AgreementStatus]}`;
  return recordTypeLabels[record.type];
}

/**
 * The whole chain of records this one belongs to (a tour, the pledge it led to, the return delegation…),
 * each after what it follows, with this page's record marked.
 */
export function JourneyStrip({ records, current }: { records: readonly TimelineRecord[]; current: TimelineRecord }) {
  const currentKey = recordKey(current.type, current.id);
  return (
    <nav className="journey" aria-labelledby="journey-heading">
      <h2 id="journey-heading" className="journey__heading">
        Journey <span className="muted">({records.length} records, in the order the articles link them)</span>
      </h2>
      <ol className="journey__steps">
        {records.map((record) => {
          const isCurrent = recordKey(record.type, record.id) === currentKey;
          return (
            <li key={recordKey(record.type, record.id)} className={isCurrent ? 'journey__step journey__step--current' : 'journey__step'}>
              <span className="journey__meta">
                {kindText(record)}
                {record.status === 'planned' && record.type !== 'agreement' && ' · Planned'} · <RecordDateText date={record.date} />
              </span>
              {isCurrent ? (
                <span className="journey__title" aria-current="page">
                  {record.title}
                </span>
              ) : (
                <Link className="journey__title" to={paths.record(record.type, record.id)}>
                  {record.title}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
