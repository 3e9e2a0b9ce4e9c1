import { useId, useMemo, useState } from 'react';
import { findOrganisations } from '../../domain/search/index.ts';
import type { Organisation } from '../../domain/records/index.ts';

/** An organisation as the picker finds it (by any of its names or aliases) and names it. */
type PickerOrganisation = Pick<Organisation, 'id' | 'name' | 'names' | 'aliases'>;
import { textComparator } from '../../domain/i18n/index.ts';
import { FacetLabel, facetOptionName } from './FacetLabel.tsx';
import { Localised, useLocale, useOrganisationName, useT } from '../i18n/index.ts';

export interface OrganisationPickerProps {
  organisations: readonly PickerOrganisation[];
  organisationsById: ReadonlyMap<string, PickerOrganisation>;
  selected: readonly string[];
  /** Records per organisation with the other filters applied. */
  counts: ReadonlyMap<string, number>;
  onToggle: (id: string) => void;
}

const maxResults = 8;
const maxSuggestions = 5;

/** The first name in another language or script, as [language tag, name]. */
function nativeName(org: PickerOrganisation): [string, string] | undefined {
  return Object.entries(org.names).find(([, name]) => name !== org.name);
}

function NativeName({ org, shownName }: { org: PickerOrganisation; shownName: string }) {
  const entry = nativeName(org);
  // In Chinese the shown name is already the Chinese one: the English name is the other one then.
  if (entry && shownName !== org.name) {
    return (
      <span className="native-name" lang="en">
        {' '}
        {org.name}
      </span>
    );
  }
  if (!entry) return null;
  const [lang, name] = entry;
  return (
    <span className="native-name" lang={lang}>
      {' '}
      {name}
    </span>
  );
}

/**
 * Organisation filter: ticked organisations stay listed; a name box (any script) finds
 * others. With the box empty it suggests the organisations with most matching records.
 */
export function OrganisationPicker({ organisations, organisationsById, selected, counts, onToggle }: OrganisationPickerProps) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  const statusId = useId();
  const weight = (id: string) => counts.get(id) ?? 0;
  const t = useT();
  const nameOf = useOrganisationName();
  const compareNames = textComparator(useLocale());

  const matches = useMemo(
    () => findOrganisations(organisations, query, (id) => counts.get(id) ?? 0).map((m) => m.organisation),
    [organisations, query, counts],
  );
  const searching = query.trim() !== '';
  const candidates = searching
    ? matches.slice(0, maxResults)
    : organisations
        .filter((o) => weight(o.id) > 0 && !selected.includes(o.id))
        .sort((a, b) => weight(b.id) - weight(a.id) || compareNames(nameOf(a).text, nameOf(b).text))
        .slice(0, maxSuggestions);
  // Ticking a candidate keeps it where it is, so focus stays put; ticked ones outside the candidates sit above.
  const selectedElsewhere = selected.filter((id) => !candidates.some((c) => c.id === id));

  const option = (id: string) => {
    const org = organisationsById.get(id);
    const isSelected = selected.includes(id);
    const count = weight(id);
    return (
      <li key={id} className={`facet__option${count === 0 ? ' facet__option--empty' : ''}`}>
        <label className="facet__label">
          <input
            type="checkbox"
            checked={isSelected}
            disabled={count === 0 && !isSelected}
            aria-label={facetOptionName(org ? [...new Set([nameOf(org).text, org.name, nativeName(org)?.[1]])].filter(Boolean).join(' ') : id, count, t)}
            onChange={() => onToggle(id)}
          />
          <FacetLabel count={count}>
            {org ? <Localised value={nameOf(org)} /> : id}
            {org && <NativeName org={org} shownName={nameOf(org).text} />}
          </FacetLabel>
        </label>
      </li>
    );
  };

  return (
    <fieldset className="facet org-picker">
      <legend className="facet__legend">{t('Organisation')}</legend>
      {selectedElsewhere.length > 0 && <ul className="facet__list org-picker__selected">{selectedElsewhere.map(option)}</ul>}
      <label htmlFor={inputId} className="org-picker__label">
        {t('Find an organisation')}
      </label>
      <input
        id={inputId}
        type="search"
        value={query}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={statusId}
        onChange={(event) => setQuery(event.currentTarget.value)}
      />
      <p id={statusId} className="org-picker__status" aria-live="polite">
        {searching
          ? matches.length === 0
            ? t('No organisation has that name')
            : matches.length > maxResults
              ? t('{count} found; showing the first {shown}', { count: matches.length, shown: maxResults })
              : t('{count} found', { count: matches.length })
          : candidates.length > 0
            ? t('Most records:')
            : ''}
      </p>
      {candidates.length > 0 && <ul className="facet__list">{candidates.map((org) => option(org.id))}</ul>}
    </fieldset>
  );
}
