import { useId, useState, type ReactNode } from 'react';
import type { FacetOption } from '../../domain/query/index.ts';
import { FacetLabel, facetOptionName } from './FacetLabel.tsx';
import { useT } from '../i18n/index.ts';

export interface FacetGroupProps {
  legend: string;
  options: readonly FacetOption[];
  onToggle: (value: string) => void;
  /** Leave a value out, or stop leaving it out; without it the group offers no "leave out" buttons. */
  onToggleExcluded?: (value: string) => void;
  /** How a value is shown; defaults to its label. */
  renderLabel?: (option: FacetOption) => ReactNode;
  /** Longer lists show this many (plus any ticked) until "Show all" is pressed. */
  collapseAfter?: number;
  /** The "Show all" button's text for a count, e.g. "Show all 12 countries", in the interface language. */
  showAll: (count: number) => string;
  /** One sentence under the legend saying what a value means, when the legend alone is ambiguous. */
  hint?: string;
}

/**
 * One multi-value filter as ticked checkboxes. Counts are what each value would match
 * with the other filters; values with none stay in view, muted, and can only be unticked.
 */
export function FacetGroup({ legend, options, onToggle, onToggleExcluded, renderLabel, collapseAfter = 8, showAll, hint }: FacetGroupProps) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const hintId = useId();
  const collapsible = options.length > collapseAfter + 1;
  const shown = !collapsible || expanded ? options : options.filter((o, i) => i < collapseAfter || o.selected || o.excluded);
  return (
    <fieldset className="facet" aria-describedby={hint ? hintId : undefined}>
      <legend className="facet__legend">{legend}</legend>
      {hint && (
        <p className="facet__hint" id={hintId}>
          {hint}
        </p>
      )}
      <ul className="facet__list" id={listId}>
        {shown.map((option) => {
          const empty = option.count === 0;
          return (
            <li key={option.value} className={`facet__option${empty ? ' facet__option--empty' : ''}${option.excluded ? ' facet__option--excluded' : ''}`}>
              <label className="facet__label">
                <input
                  type="checkbox"
                  checked={option.selected}
                  disabled={empty && !option.selected}
                  aria-label={facetOptionName(option.label, option.count, t)}
                  onChange={() => onToggle(option.value)}
                />
                <FacetLabel count={option.count}>{renderLabel ? renderLabel(option) : option.label}</FacetLabel>
              </label>
              {onToggleExcluded && (
                <button
                  type="button"
                  className="facet__exclude"
                  aria-pressed={option.excluded}
                  aria-label={t('Leave out {label}', { label: option.label })}
                  title={option.excluded ? t('{label} is left out. Press to show it again.', { label: option.label }) : t('Leave out records with {label}.', { label: option.label })}
                  onClick={() => onToggleExcluded(option.value)}
                >
                  {option.excluded ? t('Left out') : t('Not')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {collapsible && (
        <button
          type="button"
          className="facet__more"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('Show fewer') : showAll(options.length)}
        </button>
      )}
    </fieldset>
  );
}
