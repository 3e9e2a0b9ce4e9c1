import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { activeFilterChips, clearedFilters } from '../domain/query/index.ts';
import { hasActiveFilters, serializeTimelineFilters } from '../domain/query/index.ts';
import { densityScale } from '../domain/query/index.ts';
import { useDatasetStore } from '../store/datasetStore.ts';
import { ensureCards, ensurePickerOrganisations, usePickerOrganisations, useTimelineAnswer, useTimelineCards, useTimelinePage } from '../store/timelineQueries.ts';
import { pageFacetTotals } from '../domain/timelineCards/index.ts';
import { Link } from 'react-router';
import { scopeSentence } from '../domain/dataset/index.ts';
import { ActiveFilterChips, UndatedNotice } from '../components/filters/index.ts';
import { CopyLinkButton } from '../components/export/index.ts';
import { DensityStrip } from '../components/timeline/index.ts';
import { EmbedMenu, ExportMenu, FollowMenu } from '../components/export/index.ts';
import type { FeedScope } from '../domain/publish/feeds/index.ts';
import type { TimelineFilters } from '../domain/query/index.ts';
import { FilterDrawer } from '../components/filters/index.ts';
import { FilterPanel } from '../components/filters/index.ts';
import { FilteredViewPending, IgnoredParamsNotice } from '../components/url/index.ts';
import { NoMatchesMessage } from '../components/timeline/index.ts';
import { IndexedTimeline } from '../components/timeline/index.ts';
import { SortToggle } from '../components/timeline/index.ts';
import { useMediaQuery } from '../components/ui/index.ts';
import { useTimelineFilters } from '../components/url/index.ts';
import './TimelinePage.css';
import { useLocale, useOrganisationName, usePaths, useRecordText, useT, useVocabulary } from '../components/i18n/index.ts';
import { isFilterStatus, recordTypes, type RecordType } from '../domain/records/index.ts';

/** Below this width the filters move into a drawer (kept in step with TimelinePage.css). */
const narrowQuery = '(max-width: 860px)';


const subscribeToNothing = () => () => undefined;

/** False while prerendering and hydrating, true once the page runs in the browser. */
const useInBrowser = () => useSyncExternalStore(subscribeToNothing, () => true, () => false);

/** What the view is narrowed to that a feed can follow: its countries, organisations and sectors. */
function feedScopes(filters: TimelineFilters): FeedScope[] {
  return [
    ...filters.countries.map((code): FeedScope => ({ kind: 'country', code })),
    ...filters.orgs.map((id): FeedScope => ({ kind: 'organisation', id })),
    ...filters.sectors.map((id): FeedScope => ({ kind: 'sector', id })),
  ];
}

export function TimelinePage() {
  const paths = usePaths();
  const page = useTimelinePage();
  const cards = useTimelineCards();
  const t = useT();
  const locale = useLocale();
  const words = useVocabulary();
  const recordText = useRecordText();
  const organisationName = useOrganisationName();
  // Every sector is in the page data; organisations' ids once their names are loaded (the loader loads them
  // when the link names one).
  const organisations = usePickerOrganisations();
  const vocabulary = useMemo(
    () => ({ sectors: new Set(Object.keys(page.sectorLabels)), organisations: organisations ? new Set(organisations.map((o) => o.id)) : undefined }),
    [page, organisations],
  );
  const { filters, ignored, setFilters } = useTimelineFilters({ vocabulary });
  const narrow = useMediaQuery(narrowQuery);
  const drawerOpen = useDatasetStore((s) => s.filtersOpen);
  const setDrawerOpen = useDatasetStore((s) => s.setFiltersOpen);
  const drawerButton = useRef<HTMLButtonElement>(null);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);

  // The organisations' part of the index (the picker's counts) is fetched once the page is up, not before.
  const hydrated = useInBrowser();
  const { answer, pending, filtered: answerFiltered } = useTimelineAnswer({ filters, organisations: hydrated || filters.orgs.length > 0 || filters.excluded.orgs.length > 0 });
  const results = answer.rows;
  const totals = useMemo(() => pageFacetTotals(page), [page]);
  // Every organisation's names: the picker finds by them, chips name the ticked ones. Fetched once the page is up.
  useEffect(() => {
    if (hydrated) ensurePickerOrganisations().catch(() => undefined);
  }, [hydrated]);
  const organisationsById = useMemo(() => new Map((organisations ?? []).map((o) => [o.id, o])), [organisations]);
  const showRows = useCallback((rows: readonly number[]) => void ensureCards(rows).catch(() => undefined), []);
  const buckets = answer.density;
  const unplaced = answer.unplaced;
  const leftOutUndated = answer.undatedLeftOut;
  const chips = activeFilterChips(filters, {
    sector: (id) => recordText('sectors', id, 'label', totals.sectorLabels.get(id) ?? id).text,
    organisation: (id) => {
      const organisation = organisationsById.get(id);
      return organisation ? organisationName(organisation).text : id;
    },
    type: (type) => ((recordTypes as readonly string[]).includes(type) ? words.recordType(type as RecordType) : type),
    country: words.country,
    status: (status) => (isFilterStatus(status) ? words.filterStatus(status) : status),
    bound: words.partialDate,
  });
  const filtered = hasActiveFilters(filters);
  const coverage = page.coverage;
  // The English sentence is built in words; the Chinese one says the two counts it rests on.
  const scope =
    locale === 'en'
      ? scopeSentence(coverage)
      : t('{records, plural, one {# record} other {# records}} from {articles, plural, one {# article} other {# articles}}.', {
          records: coverage.records.total,
          articles: coverage.articles,
        });
  const focusSummary = useCallback(() => summaryRef.current?.focus(), []);

  // The drawer is a narrow-screen thing: leaving the page or widening the window closes it.
  useEffect(() => {
    if (!narrow) return;
    return () => setDrawerOpen(false);
  }, [narrow, setDrawerOpen]);

  // Worded for the answer on screen: while a new one is on its way, the count is the previous answer's, and so
  // is whether it is "all" or "match" (a stale count under the new wording would mislead).
  const summary = !answerFiltered
    ? t('All {count, plural, one {# record} other {# records}}', { count: results.length })
    : results.length === 0
      ? t('No records match — remove a filter')
      : t('{count, plural, one {# record matches} other {# records match}}', { count: results.length });

  const panel = (
    <FilterPanel
      totals={totals}
      years={page.years}
      organisations={organisations ?? []}
      filters={filters}
      setFilters={setFilters}
      counts={answer.facets}
      organisationCounts={answer.organisations}
    />
  );

  return (
    <div className="timeline-page">
      <title>{t('{title} · Trade Mission Atlas', { title: t('Timeline') })}</title>
      <header className="page-header">
        <h1>{t('Timeline')}</h1>
        <p className="page-header__lede">
          {t('Trade missions, business delegations, matchmaking events and agreements, each backed by the quotes it rests on: {scope}', { scope })}{' '}
          <Link to={paths.about()}>{t('Scope and method')}</Link>
        </p>
      </header>

      <IgnoredParamsNotice ignored={ignored} onTidy={() => setFilters(filters, { replace: true })} />

      <FilteredViewPending lists="records" />

      <div className="timeline-layout filtered-view">
        {!narrow && (
          <aside className="timeline-layout__filters" aria-labelledby="timeline-filters-heading">
            <a
              className="timeline-layout__skip"
              href="#timeline-results"
              onClick={(event) => {
                // Move focus without a hash in the URL, which would end up in shared links.
                event.preventDefault();
                resultsRef.current?.focus();
              }}
            >
              {t('Skip to results')}
            </a>
            <h2 id="timeline-filters-heading" className="timeline-layout__filters-heading">
              {t('Filters')}
            </h2>
            {panel}
          </aside>
        )}

        <div className="timeline-layout__results" id="timeline-results" tabIndex={-1} ref={resultsRef} aria-busy={pending || undefined}>
          <div className="results-toolbar">
            <div className="results-toolbar__lead">
              <p className="results-toolbar__summary" role="status" ref={summaryRef} tabIndex={-1}>
                {summary}
              </p>
              <div className="button-row">
                <CopyLinkButton />
                <FollowMenu
                  whole
                  scopes={feedScopes(filters)}
                  align="end"
                  note={
                    filters.q !== '' || filters.types.length > 0 || filters.from !== null || filters.to !== null
                      ? t('Feeds follow whole countries, organisations and sectors: your search words, types and dates do not narrow them.')
                      : undefined
                  }
                />
                <EmbedMenu embedPath={paths.embedTimeline(filters)} title={filtered ? t('Trade Mission Atlas: filtered timeline') : t('Trade Mission Atlas: timeline')} align="end" />
                <ExportMenu records={{ rows: results }} view={{ kind: 'timeline', filters, filtered }} includeDataset align="end" />
              </div>
            </div>
            <div className="results-toolbar__actions">
              {/* Always rendered (CSS shows it only on narrow screens), so the prerendered page has it too. */}
              <button
                type="button"
                className="button results-toolbar__filters"
                ref={drawerButton}
                aria-label={chips.length > 0 ? t('Filters, {count} active', { count: chips.length }) : undefined}
                aria-haspopup="dialog"
                aria-expanded={drawerOpen}
                onClick={() => setDrawerOpen(true)}
              >
                <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
                  <path d="M2 4h12M4 8h8M6 12h4" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
                </svg>
                {t('Filters')}
                {chips.length > 0 && (
                  <span className="results-toolbar__filter-count" aria-hidden="true">
                    {chips.length}
                  </span>
                )}
              </button>
              <SortToggle sort={filters.sort} onChange={(sort) => setFilters({ ...filters, sort })} />
            </div>
          </div>

          <ActiveFilterChips
            chips={chips}
            onRemove={(chip) => setFilters(chip.without)}
            onClearAll={() => setFilters(clearedFilters(filters))}
            focusWhenEmpty={focusSummary}
          />

          <UndatedNotice
            leftOut={leftOutUndated}
            rangeSet={filters.from !== null || filters.to !== null}
            includeUndated={filters.includeUndated}
            onChange={(includeUndated) => setFilters({ ...filters, includeUndated })}
          />

          <DensityStrip
            buckets={buckets}
            scale={densityScale(filters)}
            from={filters.from}
            to={filters.to}
            unplaced={unplaced}
            onSelect={(key) => setFilters({ ...filters, from: key, to: key })}
            onSelectSpan={(first, last) => setFilters({ ...filters, from: first, to: last })}
          />

          {results.length > 0 ? (
            <IndexedTimeline rows={results} groups={answer.groups} cards={cards} onShowRows={showRows} leadOrganisations={filters.orgs} />
          ) : (
            <NoMatchesMessage
              chips={chips}
              countFor={(next) => answer.withoutOneFilter.get(serializeTimelineFilters(next)) ?? 0}
              onApply={(next) => setFilters(next)}
            />
          )}
        </div>
      </div>

      {narrow && (
        <FilterDrawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          returnFocusTo={drawerButton}
          doneLabel={results.length === 0 ? t('Show results') : t('Show {count, plural, one {# record} other {# records}}', { count: results.length })}
        >
          {panel}
        </FilterDrawer>
      )}
    </div>
  );
}
