import { data } from 'react-router';
import type { DatasetIndex } from '../domain/dataset.ts';
import { ensureDataset } from '../store/datasetStore.ts';

export type RecordKind = 'organisation' | 'event' | 'delegation' | 'agreement' | 'source';

/** What a 404 thrown by a record loader carries, for the not-found page's suggestions. */
export interface MissingRecord {
  kind: RecordKind;
  id: string;
}

const collections: Record<RecordKind, (index: DatasetIndex) => Map<string, unknown>> = {
  organisation: (i) => i.organisationsById,
  event: (i) => i.eventsById,
  delegation: (i) => i.delegationsById,
  agreement: (i) => i.agreementsById,
  source: (i) => i.sourcesById,
};

/** Route loader for a record page: waits for the data and answers 404 for an unknown id. */
export function recordLoader(kind: RecordKind) {
  return async ({ params }: { params: { id?: string } }) => {
    const index = await ensureDataset();
    const id = params.id ?? '';
    if (!collections[kind](index).has(id)) {
      throw data({ kind, id } satisfies MissingRecord, { status: 404, statusText: 'Not Found' });
    }
    return null;
  };
}

export function recordCandidates(index: DatasetIndex, kind: RecordKind): Array<{ id: string; label: string }> {
  switch (kind) {
    case 'organisation':
      return index.raw.organisations.map((o) => ({ id: o.id, label: [o.name, ...Object.values(o.names), ...o.aliases].join(' / ') }));
    case 'source':
      return index.raw.sources.map((s) => ({ id: s.id, label: s.title.en }));
    default:
      return index.raw[`${kind}s`].map((r) => ({ id: r.id, label: r.title }));
  }
}
