import { citingKindLabels, formatKindCounts, type CitingKind } from '../../domain/sources/index.ts';
import type { Source } from '../../domain/records/index.ts';
import { Localised, useLocale, usePhrase, useRecordText, useT, useVocabulary } from '../i18n/index.ts';

/** An article's metadata: outlet, publisher, publication date and how it is known, languages, records citing it. */
export function SourceFacts({ source, counts }: { source: Source; counts: Record<CitingKind, number> }) {
  const t = useT();
  const locale = useLocale();
  const words = useVocabulary();
  const phrase = usePhrase();
  const recordText = useRecordText();
  const { published } = source;
  // English keeps its own singular and plural nouns; Chinese nouns have one form.
  const citing = locale === 'en' ? formatKindCounts(counts) : formatKindCounts(counts, undefined, (kind, count) => t('{count} {kind}', { count, kind: t(citingKindLabels[kind].many) }));
  return (
    <dl className="facts source-facts">
      <dt>{t('Outlet')}</dt>
      <dd>{source.outlet ? <Localised value={phrase(source.outlet)} /> : <span className="muted">{t('Not stated')}</span>}</dd>
      {source.publisher && (
        <>
          <dt>{t('Publisher')}</dt>
          <dd>
            <Localised value={phrase(source.publisher)} />
          </dd>
        </>
      )}
      <dt>{t('Published')}</dt>
      <dd>
        {published.date ? (
          <time dateTime={published.date}>{words.partialDate(published.date)}</time>
        ) : (
          <span>{t('Date not stated')}</span>
        )}
        <span className="fact-note">
          {t('How we know:')}
          {/* A Chinese full-width colon carries its own space. */}
          {locale === 'en' ? ' ' : ''}
          <Localised value={recordText('sources', source.id, 'published.basis', published.basis)} />
        </span>
      </dd>
      <dt>{source.languages.length === 1 ? t('Language') : t('Languages')}</dt>
      <dd>{source.languages.map(words.language).join(t(', '))}</dd>
      <dt>{t('Cited by')}</dt>
      <dd>{citing === '' ? <span className="muted">{t('No records yet')}</span> : citing}</dd>
    </dl>
  );
}
