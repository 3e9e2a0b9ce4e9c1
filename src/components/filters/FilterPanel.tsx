import { useMemo } from 'react';
import { countryFlag } from '../../domain/records/index.ts';
import type { Organisation } from '../../domain/records/index.ts';
import { withDateBound } from '../../domain/query/index.ts';
import { countryOptions, originHostOptions, sectorOptions, statusOptions, typeOptions } from '../../domain/query/index.ts';
import type { FacetCounts, FacetTotals } from '../../domain/query/index.ts';
import { toggleExcludedValue, toggleFacetValue, type FacetKey, type TimelineFilters } from '../../domain/query/index.ts';
import type { FacetOption } from '../../domain/query/index.ts';
import { DateRangeFields } from './DateRangeFields.tsx';
import { FacetGroup } from './FacetGroup.tsx';
import { OrganisationPicker } from './OrganisationPicker.tsx';
import { SearchField } from './SearchField.tsx';
import './FilterPanel.css';
import { useLocale, useRecordText, useT, useVocabulary } from '../i18n/index.ts';
import { textComparator } from '../../domain/i18n/index.ts';
import type { FilterStatus, RecordType } from '../../domain/records/index.ts';

export interface FilterPanelProps {
  /** Every value's records with no filter, and the sectors' labels: what options are ordered and named by. */
  totals: FacetTotals;
  /** The years the date fields offer. */
  years: readonly number[];
  /** The organisations the picker finds by name (empty until their names are loaded). */
  organisations: readonly Pick<Organisation, 'id' | 'name' | 'names' | 'aliases'>[];
  filters: TimelineFilters;
  setFilters: (next: TimelineFilters, options?: { replace?: boolean }) => void;
  /** Per facet value, the records it would match with the other filters (the timeline index's answer). */
  counts: FacetCounts;
  /** The same per organisation. */
  organisationCounts: ReadonlyMap<string, number>;
}

/** Every timeline filter: search, type, country, sector, organisation and date range. */
export function FilterPanel({ totals, years, organisations, filters, setFilters, counts, organisationCounts: orgCounts }: FilterPanelProps) {
  const organisationsById = useMemo(() => new Map(organisations.map((o) => [o.id, o])), [organisations]);
  const t = useT();
  const words = useVocabulary();
  const recordText = useRecordText();
  const compare = textComparator(useLocale());
  // Countries and sectors named, and ordered among equals, in the interface language.
  const countryNaming = { label: words.country, compare };
  const sectorNaming = { label: (id: string) => recordText('sectors', id, 'label', totals.sectorLabels.get(id) ?? id).text, compare };
  const toggle = (facet: FacetKey) => (value: string) => setFilters(toggleFacetValue(filters, facet, value));
  const exclude = (facet: FacetKey) => (value: string) => setFilters(toggleExcludedValue(filters, facet, value));
  const flagged = (option: FacetOption) => (
    <>
      <span aria-hidden="true">{countryFlag(option.value)}</span> {option.label}
    </>
  );

  return (
    <div className="filter-panel">
      {/* The first letter of a search is a new history entry, the rest replace it: Back undoes the whole search. */}
      <SearchField value={filters.q} onChange={(q) => setFilters({ ...filters, q }, { replace: filters.q !== '' })} />
      <FacetGroup
        legend={t('Type')}
        showAll={(count) => t('Show all {count} types', { count })}
        options={typeOptions(counts, filters).map((option) => ({ ...option, label: words.recordTypePlural(option.value as RecordType) }))}
        onToggle={toggle('types')}
        onToggleExcluded={exclude('types')}
      />
      <FacetGroup
        legend={t('Status')}
        showAll={(count) => t('Show all {count} statuses', { count })}
        hint={t('Events and delegations took place or are planned; agreements go from signed down to potential.')}
        options={statusOptions(counts, filters).map((option) => ({ ...option, label: words.filterStatus(option.value as FilterStatus) }))}
        onToggle={toggle('statuses')}
        onToggleExcluded={exclude('statuses')}
      />
      <FacetGroup
        legend={t('Country: took part or took place')}
        showAll={(count) => t('Show all {count} countries', { count })}
        hint={t('A record counts for the country it took place in and for the countries its participants came from. The origin and host filters ask each question on its own.')}
        options={countryOptions(totals, counts, filters, countryNaming)}
        onToggle={toggle('countries')}
        onToggleExcluded={exclude('countries')}
        renderLabel={flagged}
      />
      <FacetGroup
        legend={t('From (participants’ country)')}
        showAll={(count) => t('Show all {count} countries', { count })}
        options={originHostOptions(totals, counts, filters, 'origins', countryNaming)}
        onToggle={toggle('origins')}
        onToggleExcluded={exclude('origins')}
        renderLabel={flagged}
        collapseAfter={5}
      />
      <FacetGroup
        legend={t('In or to (where it happens)')}
        showAll={(count) => t('Show all {count} countries', { count })}
        options={originHostOptions(totals, counts, filters, 'hosts', countryNaming)}
        onToggle={toggle('hosts')}
        onToggleExcluded={exclude('hosts')}
        renderLabel={flagged}
        collapseAfter={5}
      />
      <FacetGroup
        legend={t('Sector')}
        showAll={(count) => t('Show all {count} sectors', { count })}
        options={sectorOptions(totals, counts, filters, sectorNaming)}
        onToggle={toggle('sectors')}
        onToggleExcluded={exclude('sectors')}
      />
      <OrganisationPicker
        organisations={organisations}
        organisationsById={organisationsById}
        selected={filters.orgs}
        counts={orgCounts}
        onToggle={toggle('orgs')}
      />
      <DateRangeFields
        from={filters.from}
        to={filters.to}
        years={years}
        onChange={(edge, bound) => setFilters(withDateBound(filters, edge, bound))}
      />
    </div>
  );
}
