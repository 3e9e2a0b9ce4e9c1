import { Link } from 'react-router';
import type { RelatedGroup } from '../../domain/dataset/index.ts';
import type { AgreementStatus, EventKind } from '../../domain/records/index.ts';
import type { TimelineRecord } from '../../domain/dataset/index.ts';
import { useDatasetStore } from '../../store/datasetStore.ts';
import { RecordDateText } from '../facts/index.ts';
import { Localised, useOrganisationName, usePaths, useRecordText, useT, useVocabulary } from '../i18n/index.ts';
import type { Translate, Vocabulary } from '../../domain/i18n/index.ts';

function kindText(record: TimelineRecord, words: Vocabulary, t: Translate): string {
  if (record.type === 'event') return words.eventKind(record.kind as EventKind) ?? record.kind;
  if (record.type === 'agreement') return t('{type} · {kind}', { type: words.recordType('agreement'), kind: words.agreementStatus(record.kind as AgreementStatus) });
  return words.recordType(record.type);
}

/** Compact lists of related records, by how they are related. */
export function RelatedRecords({ groups }: { groups: readonly RelatedGroup[] }) {
  const t = useT();
  const words = useVocabulary();
  const text = useRecordText();
  const paths = usePaths();
  const nameOf = useOrganisationName();
  const organisationsById = useDatasetStore((s) => s.index?.organisationsById);
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">{t('Related records')}</h2>
      {groups.length === 0 && <p className="muted">{t('No related records in the atlas yet.')}</p>}
      {groups.map((group) => (
        <div key={group.key} className="related__group">
          <h3 className="related__heading">
            {t(
              group.heading,
              group.headingEvent && group.headingValues
                ? { ...group.headingValues, title: text('events', group.headingEvent, 'title', group.headingValues.title!).text }
                : group.headingValues,
            )}
          </h3>
          <ul className="related__list">
            {group.items.map(({ record, sharedOrganisations }) => (
              <li key={`${record.type}:${record.id}`} className={record.status === 'planned' ? 'related__item--planned' : undefined}>
                <Link to={paths.record(record.type, record.id)} className="related__title">
                  <Localised value={text(`${record.type}s`, record.id, 'title', record.title)} />
                </Link>
                <span className="related__meta">
                  {kindText(record, words, t)}
                  {record.status === 'planned' && record.type !== 'agreement' && ` · ${words.recordStatus('planned')}`} · <RecordDateText date={record.date} />
                </span>
                {sharedOrganisations && sharedOrganisations.length > 0 && (
                  <span className="related__meta">
                    {t('Shares:')} {sharedOrganisations.map((id) => { const org = organisationsById?.get(id); return org ? nameOf(org).text : id; }).join(t(', '))}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
