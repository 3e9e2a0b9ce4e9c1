import { z } from 'zod/mini';
import { indexDataset } from './dataset.ts';
import { type DatasetIndex } from './timelineRecord.ts';
import { datasetFileSchemas } from '../records/index.ts';
import type { RawDataset } from '../records/index.ts';

const rawDatasetSchema = z.object(datasetFileSchemas);

/** Check fetched JSON (the whole dataset or a slice) against the schema before anything trusts it. */
export function parseRawDataset(json: unknown): RawDataset {
  const result = rawDatasetSchema.safeParse(json);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(`The data file failed validation${first ? ` at ${first.path.join('.')}: ${first.message}` : ''}`);
  }
  return result.data as RawDataset;
}

export function parseDataset(json: unknown): DatasetIndex {
  return indexDataset(parseRawDataset(json));
}

/** Every record's id and display name by kind: what a not-found page suggests from. */
export function datasetNames(raw: RawDataset) {
  return {
    organisation: raw.organisations.map((o) => {
      const zh = o.names['zh-Hans'] ?? o.names['zh-Hant'];
      return { id: o.id, label: [o.name, ...Object.values(o.names), ...o.aliases].join(' / '), title: o.name, ...(zh ? { zh } : {}) };
    }),
    event: raw.events.map((r) => ({ id: r.id, label: r.title })),
    delegation: raw.delegations.map((r) => ({ id: r.id, label: r.title })),
    agreement: raw.agreements.map((r) => ({ id: r.id, label: r.title })),
    source: raw.sources.map((s) => ({
      id: s.id,
      label: s.title.en,
      ...(s.title.original && (s.title.originalLang ?? '').startsWith('zh') ? { zh: s.title.original } : {}),
    })),
    series: raw.series.map((s) => ({ id: s.id, label: [s.title, ...Object.values(s.names)].join(' / '), title: s.title })),
  };
}
