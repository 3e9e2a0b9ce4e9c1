import { Link } from 'react-router';
import { countryFlag } from '../../domain/records/index.ts';
import { usePaths, useT, useVocabulary } from '../i18n/index.ts';

/**
 * Flag (decorative) and country name, linking to the country's page; "inferred" says the text did not
 * state it. `link={false}` inside another link.
 */
export function CountryLabel({ code, inferred = false, link = true }: { code: string; inferred?: boolean; link?: boolean }) {
  const t = useT();
  const words = useVocabulary();
  const paths = usePaths();
  return (
    <span className="country">
      <span aria-hidden="true" className="country__flag">
        {countryFlag(code)}
      </span>{' '}
      {link && /^[A-Z]{2}$/.test(code) ? <Link to={paths.country(code)}>{words.country(code)}</Link> : words.country(code)}
      {inferred && (
        <span className="country__inferred" title={t('Inferred from context; the article does not state the country')}>
          {' '}
          {t('(inferred)')}
        </span>
      )}
    </span>
  );
}
