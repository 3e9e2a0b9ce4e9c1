import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { aggregateMap, flowLines, flowsCsv, flowSortKeys, needsRecords, rowFilter, sortFlowLines, totalsByKey, type FlowLine, type FlowSortKey } from '../../domain/flows/index.ts';
import { activeFilterChips, clearedFilters, filterRecords, hasActiveFilters, serializeTimelineFilters } from '../../domain/query/index.ts';
import { isFilterStatus, recordTypes, type RecordType } from '../../domain/records/index.ts';
import { useDatasetStore } from '../../store/datasetStore.ts';
import { ActiveFilterChips } from '../../components/filters/index.ts';
import { CopyLinkButton, downloadFile } from '../../components/export/index.ts';
import { FlowsTable, WorldMap } from '../../components/map/index.ts';
import { IgnoredParamsNotice } from '../../components/url/index.ts';
import { useTimelineFilters } from '../../components/url/index.ts';
import './MapPage.css';
import { useLocale, useOrganisationName, usePaths, useRecordText, useT, useVocabulary } from '../../components/i18n/index.ts';
import { textComparator } from '../../domain/i18n/index.ts';

/** The map's own parameters beside the timeline's filters: the table's order and the agreements layer. */
export const mapPageParams = ['by', 'layer'] as const;

export function mapParams(search: URLSearchParams): { by: FlowSortKey; agreements: boolean } {
  const by = search.get('by');
  return { by: (flowSortKeys as readonly string[]).includes(by ?? '') ? (by as FlowSortKey) : 'total', agreements: search.getAll('layer').includes('agreements') };
}

/**
 * Where missions go: the world shaded by matching records, the places they happen, and arcs from
 * visiting country to host, beside a table of the same flows. The timeline's filters, read at the
 * same boundary. Type and date narrow the build's counted rows; other filters need the records.
 */
export function MapPage() {
  const paths = usePaths();
  const t = useT();
  const words = useVocabulary();
  const locale = useLocale();
  const recordText = useRecordText();
  const organisationName = useOrganisationName();
  const index = useDatasetStore((s) => (s.complete ? s.index : null));
  // Sector and organisation ids are checked once every record is loaded (filters that name them load them).
  const { filters, ignored, setFilters } = useTimelineFilters({ pageParams: mapPageParams, checkIds: index !== null });
  const [searchParams, setSearchParams] = useSearchParams();
  const mapData = useDatasetStore((s) => s.mapData)!;
  const { by, agreements } = useMemo(() => mapParams(searchParams), [searchParams]);

  const view = useMemo(() => {
    // With filters the rows cannot answer, count the matching records the same way the build did.
    const aggregate = needsRecords(filters) && index ? aggregateMap(filterRecords(index.records, filters)) : mapData.aggregate;
    const rows = aggregate === mapData.aggregate ? rowFilter(filters) : rowFilter({ ...filters, types: [], excluded: { ...filters.excluded, types: [] }, from: null, to: null });
    return {
      lines: flowLines(aggregate.flows, rows, agreements),
      shading: totalsByKey(aggregate.countries, rows, (k) => k),
      places: totalsByKey(aggregate.places, rows, (k) => k),
    };
  }, [filters, index, mapData, agreements]);
  const lines = sortFlowLines(view.lines, by, words.country, textComparator(locale));

  const extra = (next: { by?: FlowSortKey; agreements?: boolean }) => {
    const params = new URLSearchParams();
    const sortBy = next.by ?? by;
    if (sortBy !== 'total') params.set('by', sortBy);
    if (next.agreements ?? agreements) params.set('layer', 'agreements');
    return params.toString();
  };
  const pairHref = (line: FlowLine) => paths.timeline({ ...filters, origins: [line.origin], hosts: [line.host] });
  const chips = activeFilterChips(filters, {
    sector: (id) => recordText('sectors', id, 'label', index?.sectorsById.get(id)?.label ?? id).text,
    organisation: (id) => {
      const organisation = index?.organisationsById.get(id);
      return organisation ? organisationName(organisation).text : id;
    },
    type: (type) => ((recordTypes as readonly string[]).includes(type) ? words.recordType(type as RecordType) : type),
    country: words.country,
    status: (status) => (isFilterStatus(status) ? words.filterStatus(status) : status),
    bound: words.partialDate,
  });
  const total = view.lines.reduce((sum, l) => sum + l.total, 0);
  const caption = agreements
    ? t('{pairs, plural, one {# country pair} other {# country pairs}}, {flows, plural, one {# flow} other {# flows}}, agreements included', { pairs: view.lines.length, flows: total })
    : t('{pairs, plural, one {# country pair} other {# country pairs}}, {flows, plural, one {# flow} other {# flows}}', { pairs: view.lines.length, flows: total });

  return (
    <div className="map-page">
      <title>{t('Map · Trade Mission Atlas')}</title>
      <header className="page-header">
        <h1>{t('Where missions go')}</h1>
        <p className="page-header__lede">
          {t('Countries shaded by the number of matching records, the cities where they happen, and arcs from the visiting country to the host, drawn thicker for more records.')}
        </p>
      </header>
      <IgnoredParamsNotice ignored={ignored} onTidy={() => setFilters(filters, { replace: true })} />
      {needsRecords(filters) && !index && (
        <p className="notice">{t('Loading the records these filters need…')}</p>
      )}
      <div className="map-page__toolbar">
        <ActiveFilterChips chips={chips} onRemove={(chip) => setFilters(chip.without)} onClearAll={() => setFilters(clearedFilters(filters))} focusWhenEmpty={() => {}} />
        <div className="button-row">
          <label className="map-page__layer">
            <input
              type="checkbox"
              checked={agreements}
              onChange={() => {
                const query = [serializeTimelineFilters(filters), extra({ agreements: !agreements })].filter(Boolean).join('&');
                setSearchParams(query, { preventScrollReset: true });
              }}
            />{' '}
            {t('Show agreements between parties of different countries')}
          </label>
          <button type="button" className="button" onClick={() => downloadFile('atlas-flows.csv', flowsCsv(lines, words.country), 'text/csv;charset=utf-8')}>
            {t('Download the flows (CSV)')}
          </button>
          <CopyLinkButton />
          <Link className="button" to={paths.timeline(filters)}>
            {hasActiveFilters(filters) ? t('These records on the timeline') : t('All records on the timeline')}
          </Link>
        </div>
      </div>
      <div className="map-page__layout">
        <section className="map-page__table" aria-label={t('Flows table')}>
          <FlowsTable lines={lines} sort={by} sortHref={(key) => paths.map(filters, extra({ by: key }))} pairHref={pairHref} caption={caption} />
        </section>
        <section className="map-page__map" aria-label={t('Map')}>
          <WorldMap
            geometry={mapData.geometry}
            shading={view.shading}
            lines={view.lines}
            places={view.places}
            arcHref={pairHref}
            countryHref={paths.country}
            label={t('World map of the flows between countries')}
          />
        </section>
      </div>
    </div>
  );
}
