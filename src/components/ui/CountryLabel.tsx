import { countryFlag } from '../../domain/records/index.ts';
import { useT, useVocabulary } from '../i18n/index.ts';

/** Flag (decorative) and country name; "inferred" says the text did not state it. */
export function CountryLabel({ code, inferred = false }: { code: string; inferred?: boolean }) {
  const t = useT();
  const words = useVocabulary();
  return (
    <span className="country">
      <span aria-hidden="true" className="country__flag">
        {countryFlag(code)}
      </span>{' '}
      {words.country(code)}
      {inferred && (
        <span className="country__inferred" title={t('Inferred from context; the article does not state the country')}>
          {' '}
          {t('(inferred)')}
        </span>
      )}
    </span>
  );
}
