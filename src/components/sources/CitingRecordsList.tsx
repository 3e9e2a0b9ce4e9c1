import { Link } from 'react-router';
import { citingKindLabels } from '../../domain/sources/index.ts';
import type { CitationGroup, CitingRecord } from '../../domain/sources/index.ts';
import { useDatasetStore } from '../../store/datasetStore.ts';
import { Localised, useLocalisePath, useOrganisationName, usePaths, useRecordText, useT, type LocalisedText } from '../i18n/index.ts';

/** A citing record's title or name in the interface language; people keep their name as written. */
function useCitingTitle(): (record: CitingRecord) => LocalisedText {
  const recordText = useRecordText();
  const organisationName = useOrganisationName();
  const organisationsById = useDatasetStore((s) => s.index?.organisationsById);
  return (record) => {
    if (record.kind === 'organisation') {
      const organisation = organisationsById?.get(record.id);
      return organisation ? organisationName(organisation) : { text: record.title, lang: 'en', translated: false };
    }
    if (record.kind === 'person') return { text: record.title, lang: /[\u3400-\u9fff]/.test(record.title) ? 'zh-Hant' : 'en', translated: false };
    return recordText(`${record.kind}s`, record.id, 'title', record.title);
  };
}

/** Every record resting on this article, by kind, with its reference number and a way to its first passage. */
export function CitingRecordsList({ sourceId, groups }: { sourceId: string; groups: readonly CitationGroup[] }) {
  const paths = usePaths();
  const t = useT();
  const localise = useLocalisePath();
  const citingTitle = useCitingTitle();
  const passagesText = (count: number) => t('{count, plural, one {# passage} other {# passages}}', { count });
  return (
    <section className="citing" aria-labelledby="citing-heading">
      <h2 id="citing-heading">{t('Records citing this article')}</h2>
      {groups.length === 0 && <p className="muted">{t('No record cites this article yet.')}</p>}
      {groups.map((group) => (
        <div key={group.kind} className="citing__group">
          <h3 className="citing__heading">
            {t(citingKindLabels[group.kind].many)} <span className="citing__count">({group.citations.length})</span>
          </h3>
          <ul className="citing__list">
            {group.citations.map((citation) => {
              const title = citingTitle(citation.record);
              return (
              <li key={citation.record.id} className="citing__item">
                <span className="citing__number">
                  <span className="visually-hidden">{t('Reference')} </span>
                  {citation.number}
                </span>
                <span className="citing__body">
                  {citation.record.href ? (
                    <Link to={localise(citation.record.href)}>
                      <Localised value={title} className={citation.record.kind === 'person' ? 'person-name' : undefined} />
                    </Link>
                  ) : (
                    <Localised value={title} className={citation.record.kind === 'person' ? 'person-name' : undefined} />
                  )}
                  <span className="citing__meta">
                    {citation.firstAnchor ? (
                      <Link
                        to={paths.source(sourceId, citation.firstAnchor)}
                        aria-label={t('{count, plural, one {# passage} other {# passages}} for {title}: go to the first', { count: citation.passages, title: title.text })}
                      >
                        {passagesText(citation.passages)}
                      </Link>
                    ) : (
                      t('Passage not found in the text')
                    )}
                  </span>
                </span>
              </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
