import { useMemo } from 'react';
import { activeFilterChips, filterRecords } from '../../domain/query/index.ts';
import { useDatasetIndex } from '../../store/datasetStore.ts';
import { EmbedFrame, EmbedRecordList } from '../../components/embed/index.ts';
import { useTimelineFilters } from '../../components/url/index.ts';
import { usePaths } from '../../components/i18n/index.ts';

/** /embed?…: the timeline narrowed by the same URL filters as the full one, as a compact list. */
export function EmbedTimelinePage() {
  const paths = usePaths();
  const index = useDatasetIndex();
  const { filters } = useTimelineFilters();
  const records = useMemo(() => filterRecords(index.records, filters), [index, filters]);
  const chips = activeFilterChips(filters, {
    sector: (id) => index.sectorsById.get(id)?.label ?? id,
    organisation: (id) => index.organisationsById.get(id)?.name ?? id,
  });
  const fullPath = paths.timeline(filters);
  const title = chips.length > 0 ? `${records.length === 1 ? '1 record' : `${records.length} records`}: ${chips.map((c) => c.value).join(', ')}` : `${records.length} records`;
  return (
    <EmbedFrame title={title} fullPath={fullPath} fullLabel="Open this view in the atlas">
      <title>{`${title} · Trade Mission Atlas`}</title>
      <EmbedRecordList records={records} fullPath={fullPath} />
    </EmbedFrame>
  );
}
