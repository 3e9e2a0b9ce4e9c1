import { useMemo } from 'react';
import { CopyLinkButton } from '../components/export/index.ts';
import { SourceCard } from '../components/sources/index.ts';
import { citationsBySource, countByKind } from '../domain/sources/index.ts';
import { useDatasetIndex } from '../store/datasetStore.ts';
import { useT } from '../components/i18n/index.ts';

export function SourcesPage() {
  const t = useT();
  const index = useDatasetIndex();
  const citations = useMemo(() => citationsBySource(index.raw), [index]);
  const sources = index.raw.sources;
  return (
    <div className="sources-page">
      <title>{t('Sources · Trade Mission Atlas')}</title>
      <header className="page-header">
        <h1>{t('Sources')}</h1>
        <p className="page-header__lede">
          {t(
            '{count, plural, one {The article} other {The # articles}} every record in the atlas is extracted from. Each record quotes the passages it rests on; open an article to read it in full with those passages highlighted.',
            { count: sources.length },
          )}
        </p>
        <div className="button-row">
          <CopyLinkButton />
        </div>
      </header>
      <ul className="source-list">
        {sources.map((source) => (
          <li key={source.id}>
            <SourceCard source={source} counts={countByKind(citations.get(source.id) ?? [])} />
          </li>
        ))}
      </ul>
    </div>
  );
}
