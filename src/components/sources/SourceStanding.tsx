import { articleLanguage, sourceKindLabels, type Source } from '../../domain/records/index.ts';
import { usePhrase, useT, useVocabulary } from '../i18n/index.ts';

/**
 * How far to trust a quote's source, in one line beside the quote: outlet, kind of publication, publication
 * date or "date not stated", and the quote's language. The full account is on the source's page.
 */
export function SourceStanding({ source, quoteIsChinese }: { source: Source; quoteIsChinese: boolean }) {
  const t = useT();
  const words = useVocabulary();
  const phrase = usePhrase();
  const chinese = source.languages.find((tag) => tag.startsWith('zh'));
  const language = quoteIsChinese && chinese ? chinese : (articleLanguage(source.languages) ?? source.languages[0]!);
  const parts = [
    source.outlet ? phrase(source.outlet).text : t('No outlet named'),
    t(sourceKindLabels[source.kind]),
    source.published.date ? t('Published {date}', { date: words.partialDate(source.published.date) }) : t('Date not stated'),
    words.language(language.split('-')[0]!),
  ];
  return <p className="evidence__standing">{parts.join(' · ')}</p>;
}
