import type { ExportView } from './json.ts';
import type { TimelineFilters } from '../../query/index.ts';

export const exportFormats = ['csv', 'json', 'ics'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The whole dataset, as published at data/dataset.json. */
export const datasetFileName = 'trade-mission-atlas-dataset.json';

const pluralTypes: Record<string, string> = { event: 'events', delegation: 'delegations', agreement: 'agreements' };

/** Letters and digits of any script kept, everything else one hyphen: "Västerås fair" → "västerås-fair". */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Past this length a name stops helping; the file says "filtered" and its JSON twin holds the filters. */
const maxNameLength = 80;

/** What a filtered timeline holds, in the URL's order: "agreements-signed", "fi-2024-2025", "search-kone". */
export function filtersFileNamePart(filters: TimelineFilters): string {
  const parts = [
    ...(filters.q.trim() !== '' ? [`search-${slug(filters.q)}`] : []),
    ...filters.types.map((t) => pluralTypes[t] ?? t),
    ...filters.statuses,
    ...filters.countries.map((c) => c.toLowerCase()),
    ...filters.sectors,
    ...filters.orgs,
    ...(filters.from !== null || filters.to !== null
      ? [filters.from === filters.to ? filters.from! : `${filters.from ?? 'until'}-${filters.to ?? 'on'}`]
      : []),
    ...(filters.includeUndated && (filters.from !== null || filters.to !== null) ? ['with-undated'] : []),
  ].filter((p) => p !== '');
  if (parts.length === 0) return 'all';
  const name = parts.join('-');
  return name.length > maxNameLength ? 'filtered' : name;
}

/** "atlas-agreements-signed.csv", "atlas-organisation-kone.ics", "atlas-all.json". */
export function exportFileName(view: ExportView, format: ExportFormat): string {
  const name = view.kind === 'organisation' ? `organisation-${view.organisation.id}` : filtersFileNamePart(view.filters);
  return `atlas-${name}.${format}`;
}
