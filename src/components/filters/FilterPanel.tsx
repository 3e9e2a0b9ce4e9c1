import { useMemo } from 'react';
import { countryFlag } from '../../domain/records/index.ts';
import type { DatasetIndex } from '../../domain/dataset/index.ts';
import { withDateBound } from '../../domain/query/index.ts';
import { countryOptions, organisationCounts, originHostOptions, sectorOptions, statusOptions, typeOptions } from '../../domain/query/index.ts';
import { facetCounts } from '../../domain/query/index.ts';
import { yearsWithRecords } from '../../domain/query/index.ts';
import { toggleExcludedValue, toggleFacetValue, type FacetKey, type TimelineFilters } from '../../domain/query/index.ts';
import type { FacetOption } from '../../domain/query/index.ts';
import { DateRangeFields } from './DateRangeFields.tsx';
import { FacetGroup } from './FacetGroup.tsx';
import { OrganisationPicker } from './OrganisationPicker.tsx';
import { SearchField } from './SearchField.tsx';
import './FilterPanel.css';

export interface FilterPanelProps {
  index: DatasetIndex;
  filters: TimelineFilters;
  setFilters: (next: TimelineFilters, options?: { replace?: boolean }) => void;
}

/** Every timeline filter: search, type, country, sector, organisation and date range. */
export function FilterPanel({ index, filters, setFilters }: FilterPanelProps) {
  const counts = useMemo(() => facetCounts(index.records, filters), [index, filters]);
  const orgCounts = useMemo(() => organisationCounts(index.records, filters), [index, filters]);
  const years = useMemo(() => yearsWithRecords(index.records), [index]);
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
      <FacetGroup legend="Type" noun="types" options={typeOptions(counts, filters)} onToggle={toggle('types')} onToggleExcluded={exclude('types')} />
      <FacetGroup
        legend="Status"
        noun="statuses"
        hint="Events and delegations took place or are planned; agreements go from signed down to potential."
        options={statusOptions(counts, filters)}
        onToggle={toggle('statuses')}
        onToggleExcluded={exclude('statuses')}
      />
      <FacetGroup
        legend="Country: took part or took place"
        noun="countries"
        hint="A record counts for the country it took place in and for the countries its participants came from. The origin and host filters ask each question on its own."
        options={countryOptions(index, counts, filters)}
        onToggle={toggle('countries')}
        onToggleExcluded={exclude('countries')}
        renderLabel={flagged}
      />
      <FacetGroup
        legend="From (participants’ country)"
        noun="countries"
        options={originHostOptions(index, counts, filters, 'origins')}
        onToggle={toggle('origins')}
        onToggleExcluded={exclude('origins')}
        renderLabel={flagged}
        collapseAfter={5}
      />
      <FacetGroup
        legend="In or to (where it happens)"
        noun="countries"
        options={originHostOptions(index, counts, filters, 'hosts')}
        onToggle={toggle('hosts')}
        onToggleExcluded={exclude('hosts')}
        renderLabel={flagged}
        collapseAfter={5}
      />
      <FacetGroup
        legend="Sector"
        noun="sectors"
        options={sectorOptions(index, counts, filters)}
        onToggle={toggle('sectors')}
        onToggleExcluded={exclude('sectors')}
      />
      <OrganisationPicker
        organisations={index.raw.organisations}
        organisationsById={index.organisationsById}
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
