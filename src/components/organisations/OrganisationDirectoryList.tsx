import { Link } from 'react-router';
import type { DirectoryRow } from '../../domain/query/index.ts';
import { CountryLabel } from '../ui/index.ts';
import { useWindowedList } from '../ui/index.ts';
import './OrganisationDirectory.css';
import { usePaths, useT } from '../i18n/index.ts';
import { Localised, useOrganisationName, useVocabulary } from '../i18n/index.ts';

/** Above this many rows only those near the viewport are rendered (see RecordTimeline). */
export const directoryWindowingThreshold = 200;

function DirectoryRowContent({ row: { organisation, recordCount } }: { row: DirectoryRow }) {
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

/** The directory's rows: all of them for short lists, a window of them for long ones. */
export function OrganisationDirectoryList({ rows }: { rows: readonly DirectoryRow[] }) {
  if (rows.length > directoryWindowingThreshold) return <WindowedDirectoryList rows={rows} />;
  return (
    <ul className="directory-list">
      {rows.map((row) => (
        <li key={row.organisation.id} className="directory-row">
          <DirectoryRowContent row={row} />
        </li>
      ))}
    </ul>
  );
}

function WindowedDirectoryList({ rows }: { rows: readonly DirectoryRow[] }) {
  const { listRef, virtualizer, placeRow } = useWindowedList<HTMLUListElement>({
    count: rows.length,
    estimateSize: () => 52,
    overscan: 10,
    getItemKey: (i) => rows[i]!.organisation.id,
  });
  return (
    <ul ref={listRef} className="directory-list directory-list--windowed">
      {virtualizer.getVirtualItems().map((item) => (
        <li
          key={item.key}
          data-index={item.index}
          ref={placeRow(item.start)}
          className="directory-row"
          aria-posinset={item.index + 1}
          aria-setsize={rows.length}
        >
          <DirectoryRowContent row={rows[item.index]!} />
        </li>
      ))}
    </ul>
  );
}
