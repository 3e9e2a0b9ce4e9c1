import { Link } from 'react-router';
import type { DirectoryRow } from '../../domain/query/index.ts';
import { CountryLabel } from '../ui/index.ts';
import { usePaths, useT } from '../i18n/index.ts';
import { Localised, useOrganisationName, useVocabulary } from '../i18n/index.ts';

/** One organisation of the directory: its name (and native name), country, kind and record count. */
export function DirectoryRowContent({ row: { organisation, recordCount } }: { row: DirectoryRow }) {
  const paths = usePaths();
  const words = useVocabulary();
  const nameOf = useOrganisationName();
  const t = useT();
  // The first name in another language than the English one, tagged with it.
  const native = Object.entries(organisation.names).find(([tag, name]) => tag !== 'en' && name !== organisation.name);
  return (
    <>
      <div className="directory-row__name">
        <Link to={paths.organisation(organisation.id)}>
          <Localised value={nameOf(organisation)} />
        </Link>
        {native && (
          <span className="native-name" lang={native[0]}>
            {native[1]}
          </span>
        )}
      </div>
      <div className="directory-row__country">
        {organisation.country ? (
          <CountryLabel code={organisation.country} inferred={organisation.countryInferred} />
        ) : (
          <span className="muted">{t('Country not stated')}</span>
        )}
      </div>
      <div className="directory-row__kind">{words.organisationKind(organisation.kind)}</div>
      <div className="directory-row__count">
        {t('{count, plural, one {# record} other {# records}}', { count: recordCount })}
      </div>
    </>
  );
}
