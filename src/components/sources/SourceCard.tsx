import { Link } from 'react-router';
import type { CitingKind } from '../../domain/sources/index.ts';
import { guessLanguage } from '../../domain/records/index.ts';
import type { Source } from '../../domain/records/index.ts';
import { SourceFacts } from './SourceFacts.tsx';
import './SourcePage.css';
import { usePaths } from '../i18n/index.ts';

/** One article in the list of sources. */
export function SourceCard({ source, counts }: { source: Source; counts: Record<CitingKind, number> }) {
  const paths = usePaths();
  const { original, originalLang } = source.title;
  return (
    <article className="card source-card">
      <h2 className="source-card__title">
        <Link to={paths.source(source.id)}>{source.title.en}</Link>
      </h2>
      {original && original !== source.title.en && (
        <p className="source-original-title" lang={originalLang ?? guessLanguage(original)}>
          {original}
        </p>
      )}
      <p className="source-card__summary">{source.summary}</p>
      <SourceFacts source={source} counts={counts} />
    </article>
  );
}
