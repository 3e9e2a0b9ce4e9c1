import { useMemo } from 'react';
import { activeFilterChips, filterRecords } from '../../domain/query/index.ts';
import { useDatasetIndex } from '../../store/datasetStore.ts';
import { EmbedFrame, EmbedRecordList } from '../../components/embed/index.ts';
import { useTimelineFilters } from '../../components/url/index.ts';
import { useOrganisationName, usePaths, useRecordText, useT, useVocabulary } from '../../components/i18n/index.ts';

/** /embed?…: the timeline narrowed by the same URL filters as the full one, as a compact list. */
export function EmbedTimelinePage() {
  const paths = usePaths();
  const t = useT();
  const index = useDatasetIndex();
  const { filters } = useTimelineFilters();
  const records = useMemo(() => filterRecords(index.records, filters), [index, filters]);
  const words = useVocabulary();
  const recordText = useRecordText();
  const organisationName = useOrganisationName();
  // Named here rather than with the filters folder's hook, which would bring the filter panel's code into the embed.
  const chips = activeFilterChips(filters, {
    sector: (id) => recordText('sectors', id, 'label', index.sectorsById.get(id)?.label ?? id).text,
    organisation: (id) => {
      const organisation = index.organisationsById.get(id);
      return organisation ? organisationName(organisation).text : id;
    },
    country: words.country,
    bound: words.partialDate,
  });
  const fullPath = paths.timeline(filters);
  const title =
    chips.length > 0
      ? t('{count, plural, one {# record} other {# records}}: {filters}', { count: records.length, filters: chips.map((c) => c.value).join(t(', ')) })
      : t('{count, plural, one {# record} other {# records}}', { count: records.length });
  return (
    <EmbedFrame title={title} fullPath={fullPath} fullLabel={t('Open this view in the atlas')}>
      <title>{t('{title} · Trade Mission Atlas', { title })}</title>
      <EmbedRecordList records={records} fullPath={fullPath} />
    </EmbedFrame>
  );
}
