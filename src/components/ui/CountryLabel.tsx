import { countryFlag, countryName } from '../../domain/records/index.ts';

/** Flag (decorative) and country name; "inferred" says the text did not state it. */
export function CountryLabel({ code, inferred = false }: { code: string; inferred?: boolean }) {
  return (
    <span className="country">
      <span aria-hidden="true" className="country__flag">
        {countryFlag(code)}
      </span>{' '}
      {countryName(code)}
      {inferred && (
        <span className="country__inferred" title="Inferred from context; the article does not state the country">
          {' '}
          (inferred)
        </span>
      )}
    </span>
  );
}
