import type { ExportView } from './json.ts';

export const exportFormats = ['csv', 'json', 'ics'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The whole dataset, as published at data/dataset.json. */
export const datasetFileName = 'trade-mission-atlas-dataset.json';

/** "trade-missions-kone.ics", "trade-missions-filtered.csv", "trade-missions-all.json". */
export function exportFileName(view: ExportView, format: ExportFormat): string {
  const name = view.kind === 'organisation' ? view.organisation.id : view.filtered ? 'filtered' : 'all';
  return `trade-missions-${name}.${format}`;
}
