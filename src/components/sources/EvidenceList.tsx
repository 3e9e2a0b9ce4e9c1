import { Link } from 'react-router';
import { cleanConverterResidue, glossFor, hasConverterResidue, quoteAnchor } from '../../domain/sources/index.ts';
import { containsHan, type Evidence, type Source } from '../../domain/records/index.ts';
import { useDatasetStore } from '../../store/datasetStore.ts';
import { Localised, usePhrase, usePaths, useSourceTitle, useT } from '../i18n/index.ts';
import { SourceStanding } from './SourceStanding.tsx';

/** A quote's language: Chinese (as the sources print it, Traditional), else the article's English, else its own language. */
export function quoteLanguage(quote: string, source: Source | undefined): string {
  if (containsHan(quote)) return source?.languages.find((tag) => tag.startsWith('zh')) ?? 'zh-Hant';
  if (!source || source.languages.includes('en')) return 'en';
  return source.languages.find((tag) => !tag.startsWith('zh')) ?? source.languages[0] ?? 'en';
}

/**
 * The verbatim quotes a record rests on, each linked to its place in the article, with the standing of its
 * source beside it (outlet, kind, date, language) and, for a quote not in English, an English gloss that is
 * labelled for what it is and never replaces the quote.
 */
export function EvidenceList({ evidence, heading }: { evidence: readonly Evidence[]; heading: string }) {
  const paths = usePaths();
  const t = useT();
  const phrase = usePhrase();
  const sourceTitle = useSourceTitle();
  const index = useDatasetStore((s) => s.index);
  const withResidue = evidence.some((item) => hasConverterResidue(item.quote));
  return (
    <section className="evidence" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">{heading}</h2>
      {withResidue && (
        <p className="evidence__residue-note" id="evidence-residue-note">
          {t('Some Chinese quotes carry pinyin readings that a script converter left in the article, such as 醫(yī)院 for 醫院. The quote keeps them as printed; a cleaned reading is shown beside it.')}
        </p>
      )}
      <ol className="evidence__list">
        {evidence.map((item, i) => {
          const source = index?.sourcesById.get(item.source);
          const gloss = index ? glossFor(index, item.source, item.quote) : undefined;
          const residue = hasConverterResidue(item.quote);
          const chinese = containsHan(item.quote);
          return (
            <li key={`${item.source}-${i}`} className="evidence__item">
              <blockquote className="evidence__quote" lang={quoteLanguage(item.quote, source)}>
                {item.quote}
              </blockquote>
              {residue && (
                <p className="evidence__cleaned" aria-describedby="evidence-residue-note">
                  <span className="evidence__label">{t('Cleaned reading:')}</span>{' '}
                  <span lang="zh-Hant">{cleanConverterResidue(item.quote)}</span>
                </p>
              )}
              {gloss && (
                <p className="evidence__gloss">
                  <span className="evidence__label">
                    {gloss.basis === 'parallel-text' ? t('English text of the same article:') : t('Our translation:')}
                  </span>{' '}
                  <span lang="en">{gloss.gloss}</span>
                </p>
              )}
              {item.note && <Localised as="p" className="evidence__note" value={phrase(item.note)} />}
              <p className="evidence__source">
                <Link to={paths.source(item.source, quoteAnchor(item.quote))}>{source ? <Localised value={sourceTitle(source)} /> : item.source}</Link>
              </p>
              {source && <SourceStanding source={source} quoteIsChinese={chinese} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
