import type { ReactNode } from 'react';
import type { Translate } from '../../domain/i18n/index.ts';

/**
 * "Finland, 3 records": a facet checkbox's accessible name. Given as aria-label because
 * browsers join the label's visual parts (text, count badge) with stray spaces.
 */
export function facetOptionName(label: string, count: number, t: Translate): string {
  return t('{label}, {count, plural, one {# record} other {# records}}', { label, count });
}

/** A facet value's visible label with its record count as a badge. */
export function FacetLabel({ children, count }: { children: ReactNode; count: number }) {
  return (
    <>
      <span className="facet__text">{children}</span>
      <span className="facet__count" aria-hidden="true">
        {count}
      </span>
    </>
  );
}
