import { articleLanguage, formatPartialDate, languageName, sourceKindLabels, type Source } from '../../domain/records/index.ts';

/**
 * How far to trust a quote's source, in one line beside the quote: outlet, kind of publication, publication
 * date or "date not stated", and the quote's language. The full account is on the source's page.
 */
export function SourceStanding({ source, quoteIsChinese }: { source: Source; quoteIsChinese: boolean }) {
  const chinese = source.languages.find((tag) => tag.startsWith('zh'));
  const language = quoteIsChinese && chinese ? chinese : (articleLanguage(source.languages) ?? source.languages[0]!);
  const parts = [
    source.outlet ?? 'No outlet named',
    sourceKindLabels[source.kind],
    source.published.date ? `Published ${formatPartialDate(source.published.date)}` : 'Date not stated',
    languageName(language.split('-')[0]!),
  ];
  return <p className="evidence__standing">{parts.join(' · ')}</p>;
}
