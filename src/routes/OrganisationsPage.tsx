import { useMemo } from 'react';
import { Link } from 'react-router';
import { CopyLinkButton } from '../components/export/index.ts';
import { OrganisationDirectoryList } from '../components/organisations/index.ts';
import { SelectField } from '../components/ui/index.ts';
import { FilteredViewPending, IgnoredParamsNotice } from '../components/url/index.ts';
import { UrlSearchInput } from '../components/filters/index.ts';
import { useDirectoryFilters } from '../components/url/index.ts';
import { filterOrganisations } from '../domain/query/index.ts';
import type { OrganisationKind } from '../domain/records/index.ts';
import { useDatasetIndex } from '../store/datasetStore.ts';
import '../components/organisations/OrganisationDirectory.css';
import { usePaths, useT } from '../components/i18n/index.ts';
import { useLocale, useOrganisationName, useRecordText, useVocabulary } from '../components/i18n/index.ts';
import { textComparator } from '../domain/i18n/index.ts';

export function OrganisationsPage() {
  const paths = usePaths();
  const t = useT();
  const words = useVocabulary();
  const text = useRecordText();
  const index = useDatasetIndex();
  const { filters, ignored, update } = useDirectoryFilters();
  const locale = useLocale();
  const organisationName = useOrganisationName();
  // Names, countries and kinds in the interface language's alphabetical order, the same in Node and the browser.
  const compare = textComparator(locale);
  const rows = useMemo(
    () => filterOrganisations(index, filters, { name: (organisation) => organisationName(organisation).text, compare }),
    // organisationName changes with the language and the translations, as `compare` does with the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, filters, locale, compare],
  );

  const countries = useMemo(
    () => [...new Set(index.raw.organisations.map((o) => o.country).filter((c): c is string => c !== null))].sort((a, b) => compare(words.country(a), words.country(b))),
    [index, words, compare],
  );
  const kinds = useMemo(
    () => [...new Set(index.raw.organisations.map((o) => o.kind))].sort((a, b) => compare(words.organisationKind(a), words.organisationKind(b))),
    [index, words, compare],
  );
  const total = index.raw.organisations.length;
  const filtered = filters.q.trim() !== '' || filters.countries.length + filters.kinds.length + filters.sectors.length > 0;

  return (
    <div>
      <title>{t('Organisations · Trade Mission Atlas')}</title>
      <header className="page-header">
        <h1>{t('Organisations')}</h1>
        <p className="page-header__lede">
          {t('Every company, government body, city, university, hospital and programme named in the articles, with the records each took part in.')}
        </p>
        <div className="button-row">
          <CopyLinkButton />
        </div>
      </header>
      <IgnoredParamsNotice ignored={ignored} onTidy={() => update(filters, { replace: true })} />
      <FilteredViewPending lists="organisations" />
      <div className="directory-filters card filtered-view" role="search" aria-label={t('Filter organisations')}>
        <div className="directory-filters__field directory-filters__field--wide">
          <label htmlFor="directory-q">{t('Search by name')}</label>
          <UrlSearchInput
            id="directory-q"
            value={filters.q}
            placeholder={t('e.g. KONE, 通力, Västerås')}
            // Back undoes the whole search: its first letter pushes a history entry, the rest replace it.
            onChange={(q) => update({ ...filters, q }, { replace: filters.q !== '' })}
          />
        </div>
        <SelectField
          id="directory-country"
          label={t('Country')}
          anyLabel={t('All countries')}
          value={filters.countries[0]}
          options={countries.map((code) => ({ value: code, label: words.country(code) }))}
          onChange={(code) => update({ ...filters, countries: code ? [code] : [] })}
        />
        <SelectField
          id="directory-kind"
          label={t('Kind')}
          anyLabel={t('All kinds')}
          value={filters.kinds[0]}
          options={kinds.map((kind) => ({ value: kind, label: words.organisationKind(kind) }))}
          onChange={(kind) => update({ ...filters, kinds: kind ? [kind as OrganisationKind] : [] })}
        />
        <SelectField
          id="directory-sector"
          label={t('Sector')}
          anyLabel={t('All sectors')}
          value={filters.sectors[0]}
          options={index.raw.sectors.map((sector) => ({ value: sector.id, label: text('sectors', sector.id, 'label', sector.label).text }))}
          onChange={(sector) => update({ ...filters, sectors: sector ? [sector] : [] })}
        />
        <div className="directory-filters__field">
          <label htmlFor="directory-sort">{t('Sort by')}</label>
          <select
            id="directory-sort"
            value={filters.sort}
            onChange={(e) => update({ ...filters, sort: e.target.value === 'records' ? 'records' : 'name' })}
          >
            <option value="name">{t('Name (A–Z)')}</option>
            <option value="records">{t('Number of records')}</option>
          </select>
        </div>
      </div>

      <p className="directory-count filtered-view" role="status" aria-live="polite">
        {filtered ? t('{count} of {total, plural, one {# organisation} other {# organisations}} match', { count: rows.length, total }) : t('{total, plural, one {# organisation} other {# organisations}}', { total })}
      </p>

      {rows.length === 0 ? (
        <div className="empty-state card">
          <p>{t('No organisations match.')}</p>
          <Link className="button" to={paths.organisations()}>
            {t('Clear the filters')}
          </Link>
        </div>
      ) : (
        <div className="filtered-view">
          <OrganisationDirectoryList rows={rows} />
        </div>
      )}
    </div>
  );
}
