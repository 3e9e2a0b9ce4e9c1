import { Link } from 'react-router';
import type { CitingKind } from '../../domain/sources/index.ts';
import { guessLanguage } from '../../domain/records/index.ts';
import type { Source } from '../../domain/records/index.ts';
import { SourceFacts } from './SourceFacts.tsx';
import './SourcePage.css';
import { usePaths } from '../i18n/index.ts';
import { Localised, useLocale, useRecordText } from '../i18n/index.ts';
import { toSimplifiedScript } from '../../domain/i18n/index.ts';

/** One article in the list of sources. */
export function SourceCard({ source, counts }: { source: Source; counts: Record<CitingKind, number> }) {
  const paths = usePaths();
  const text = useRecordText();
  const locale = useLocale();
  const { original, originalLang } = source.title;
  const chineseOriginal = locale === 'zh-Hans' && original && (originalLang ?? '').startsWith('zh');
  return (
    <article className="card source-card">
      <h2 className="source-card__title">
        <Link to={paths.source(source.id)}>
          {chineseOriginal ? <span lang="zh-Hans">{toSimplifiedScript(original)}</span> : <Localised value={text('sources', source.id, 'title', source.title.en)} />}
        </Link>
      </h2>
      {original && original !== source.title.en && (
        <p className="source-original-title" lang={originalLang ?? guessLanguage(original)}>
          {original}
        </p>
      )}
      <Localised as="p" className="source-card__summary" value={text('sources', source.id, 'summary', source.summary)} />
      <SourceFacts source={source} counts={counts} />
    </article>
  );
}
