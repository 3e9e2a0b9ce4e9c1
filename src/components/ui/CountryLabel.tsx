import { Link } from 'react-router';
import { countryFlag, countryName } from '../../domain/records/index.ts';
import { paths } from '../../domain/paths.ts';

/**
 * Flag (decorative) and country name, linking to the country's page; "inferred" says the text did not
 * state it. `link={false}` inside another link.
 */
export function CountryLabel({ code, inferred = false, link = true }: { code: string; inferred?: boolean; link?: boolean }) {
  return (
    <span className="country">
      <span aria-hidden="true" className="country__flag">
        {countryFlag(code)}
      </span>{' '}
      {link && /^[A-Z]{2}$/.test(code) ? <Link to={paths.country(code)}>{countryName(code)}</Link> : countryName(code)}
      {inferred && (
        <span className="country__inferred" title="Inferred from context; the article does not state the country">
          {' '}
          (inferred)
        </span>
      )}
    </span>
  );
}
