import { useEffect, useMemo } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ArticleText } from '../components/sources/index.ts';
import { CitingRecordsList } from '../components/sources/index.ts';
import { CopyLinkButton } from '../components/export/index.ts';
import { RecordSection } from '../components/records/index.ts';
import { SourceFacts } from '../components/sources/index.ts';
import { citationsBySource, citingRecordKey, countByKind } from '../domain/sources/index.ts';
import { highlightForAnchor, layoutArticle, locateQuotes, mergeHighlights, numberCitations } from '../domain/sources/index.ts';
import { articleLanguage, guessLanguage } from '../domain/records/index.ts';
import { ensureSourceText, useDatasetIndex, useDatasetStore } from '../store/datasetStore.ts';
import { recordLoader } from './recordLoader.ts';
import { usePaths, useT } from '../components/i18n/index.ts';
import { Localised, useLocale, useRecordText } from '../components/i18n/index.ts';
import { toSimplifiedScript } from '../domain/i18n/index.ts';

/** Waits for the record check, then the article text. */
export async function sourceLoader(args: { params: { id?: string } }) {
  await recordLoader('source')(args);
  await ensureSourceText(args.params.id ?? '');
  return null;
}

/**
 * Brings the passage a record page linked to into view and moves focus to it. The router
 * renders after the browser's own jump to the fragment, so the page does it.
 */
function useScrollToAnchor(anchor: string, ready: boolean) {
  useEffect(() => {
    if (!anchor || !ready) return;
    const target = document.getElementById(anchor);
    if (!target) return;
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
    const mark = target.closest('mark');
    // A passage is shown mid-screen with its context; a section from its heading.
    target.scrollIntoView?.({ block: mark ? 'center' : 'start', behavior: reduceMotion ? 'auto' : 'smooth' });
    if (mark instanceof HTMLElement) mark.focus({ preventScroll: true });
  }, [anchor, ready]);
}

export function SourcePage() {
  const paths = usePaths();
  const t = useT();
  const recordText = useRecordText();
  const locale = useLocale();
  const { id = '' } = useParams();
  const { hash } = useLocation();
  const index = useDatasetIndex();
  const text = useDatasetStore((s) => s.sourceTexts[id]);
  const source = index.sourcesById.get(id);

  const citations = useMemo(() => citationsBySource(index.raw).get(id) ?? [], [index, id]);
  const article = useMemo(() => {
    if (text === undefined || !source) return null;
    const { quotes, missing } = locateQuotes(text, citations);
    const highlights = mergeHighlights(quotes);
    const groups = numberCitations(citations, quotes);
    const numbers = new Map(groups.flatMap((g) => g.citations.map((c) => [citingRecordKey(c.record), c.number] as const)));
    return { highlights, missing, groups, numbers, blocks: layoutArticle(text, highlights, source.languages) };
  }, [text, source, citations]);

  const anchor = decodeURIComponent(hash.replace(/^#/, ''));
  useScrollToAnchor(anchor, article !== null);
  // The loader answers 404 for unknown ids; this only guards a data reload mid-visit.
  if (!source) return null;
  const active = article ? highlightForAnchor(article.highlights, anchor) : undefined;
  const { original, originalLang } = source.title;
  // In Chinese, a Chinese article's own title (in Simplified script); else our marked translation of the English.
  const shownTitle =
    locale === 'zh-Hans' && original && (originalLang ?? '').startsWith('zh')
      ? { text: toSimplifiedScript(original), lang: 'zh-Hans', translated: false }
      : recordText('sources', source.id, 'title', source.title.en);

  return (
    <article className="source-page">
      <title>{t('{title} · Trade Mission Atlas', { title: shownTitle.text })}</title>
      <header className="page-header">
        <p className="page-header__eyebrow">
          <Link to={paths.sources()}>{t('Sources')}</Link> · {t('Article')}
        </p>
        <h1>
          <Localised value={shownTitle} />
        </h1>
        {original && original !== source.title.en && (
          <p className="source-original-title" lang={originalLang ?? guessLanguage(original)}>
            {original}
          </p>
        )}
        <div className="button-row">
          <CopyLinkButton />
          <a className="button" href="#text-heading">
            {t('Jump to the full text')}
          </a>
          <a className="button" href="#citing-heading">
            {t('Records citing it')}
          </a>
        </div>
      </header>
      <div className="detail-grid">
        <div className="source-page__main">
          <RecordSection id="about" title={t('About this article')}>
            <Localised as="p" className="source-page__summary" value={recordText('sources', source.id, 'summary', source.summary)} />
            <SourceFacts source={source} counts={countByKind(citations)} />
          </RecordSection>
          <RecordSection id="text" title={t('Full text')}>
            <p className="source-page__how">
              {t('The article as published, unchanged.')} <mark className="legend-mark">{t('Highlighted')}</mark>{' '}
              {t('Passages highlighted like this support records in the atlas; the small numbers after them link to those records.')}
            </p>
            {article ? (
              <ArticleText
                blocks={article.blocks}
                highlights={article.highlights}
                numbers={article.numbers}
                lang={articleLanguage(source.languages)}
                activeHighlight={active?.index}
              />
            ) : (
              <p role="status">{t('Loading the article text…')}</p>
            )}
            {article && article.missing.length > 0 && (
              <p className="source-page__missing" role="note">
                {t('{count, plural, one {One quote could not be found in this text.} other {# quotes could not be found in this text.}}', { count: article.missing.length })}
              </p>
            )}
          </RecordSection>
        </div>
        <aside className="source-page__aside">
          <CitingRecordsList sourceId={source.id} groups={article?.groups ?? []} />
        </aside>
      </div>
    </article>
  );
}
