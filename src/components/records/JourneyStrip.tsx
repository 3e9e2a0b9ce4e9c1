import { Link } from 'react-router';
import { recordKey, type TimelineRecord } from '../../domain/dataset/index.ts';
import type { AgreementStatus, EventKind } from '../../domain/records/index.ts';
import { RecordDateText } from '../facts/index.ts';
import { Localised, usePaths, useRecordText, useT, useVocabulary } from '../i18n/index.ts';
import type { Translate, Vocabulary } from '../../domain/i18n/index.ts';

function kindText(record: TimelineRecord, words: Vocabulary, t: Translate): string {
  if (record.type === 'event') return words.eventKind(record.kind as EventKind) ?? record.kind;
  if (record.type === 'agreement') return t('{type} · {kind}', { type: words.recordType('agreement'), kind: words.agreementStatus(record.kind as AgreementStatus) });
  return words.recordType(record.type);
}

/**
 * The whole chain of records this one belongs to (a tour, the pledge it led to, the return delegation…),
 * each after what it follows, with this page's record marked.
 */
export function JourneyStrip({ records, current }: { records: readonly TimelineRecord[]; current: TimelineRecord }) {
  const currentKey = recordKey(current.type, current.id);
  const t = useT();
  const words = useVocabulary();
  const text = useRecordText();
  const paths = usePaths();
  return (
    <nav className="journey" aria-labelledby="journey-heading">
      <h2 id="journey-heading" className="journey__heading">
        {t('Journey')}{' '}
        <span className="muted">{t('({count, plural, one {# record} other {# records}}, in the order the articles link them)', { count: records.length })}</span>
      </h2>
      <ol className="journey__steps">
        {records.map((record) => {
          const isCurrent = recordKey(record.type, record.id) === currentKey;
          return (
            <li key={recordKey(record.type, record.id)} className={isCurrent ? 'journey__step journey__step--current' : 'journey__step'}>
              <span className="journey__meta">
                {kindText(record, words, t)}
                {record.status === 'planned' && record.type !== 'agreement' && ` · ${words.recordStatus('planned')}`} · <RecordDateText date={record.date} />
              </span>
              {isCurrent ? (
                <span className="journey__title" aria-current="page">
                  <Localised value={text(`${record.type}s`, record.id, 'title', record.title)} />
                </span>
              ) : (
                <Link className="journey__title" to={paths.record(record.type, record.id)}>
                  <Localised value={text(`${record.type}s`, record.id, 'title', record.title)} />
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
