import { useEffect, useState } from 'react';
import type { DatasetIndex, TimelineRecord } from '../../domain/dataset/index.ts';
import { ensureOrganisationRecords } from '../../store/datasetStore.ts';

export type OrganisationRecords = { state: 'loading' } | { state: 'failed' } | { state: 'loaded'; index: DatasetIndex; records: TimelineRecord[] };

/**
 * An organisation's records whole, for the export menu of its page, whose slice lists them only as cards:
 * fetched when the menu first opens (ensureOrganisationRecords). Null for no organisation.
 */
export function useOrganisationRecords(id: string | null): OrganisationRecords | null {
  const [found, setFound] = useState<{ id: string; result: OrganisationRecords } | null>(null);
  useEffect(() => {
    if (id === null) return;
    let current = true;
    ensureOrganisationRecords(id).then(
      (index) => {
        if (!current) return;
        const records = (index?.recordsByOrganisation.get(id) ?? []).map((link) => link.record);
        setFound({ id, result: index ? { state: 'loaded', index, records } : { state: 'failed' } });
      },
      () => current && setFound({ id, result: { state: 'failed' } }),
    );
    return () => {
      current = false;
    };
  }, [id]);
  if (id === null) return null;
  return found?.id === id ? found.result : { state: 'loading' };
}
