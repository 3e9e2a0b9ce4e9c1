import type { ComponentType, ReactNode } from 'react';
import { Outlet, type LoaderFunctionArgs, type RouteObject, type ShouldRevalidateFunction } from 'react-router';
import { routePatterns } from '../domain/paths.ts';
import { aboutLoader, countryLoader, mapLoader, notFoundLoader, recordLoader, timelineLoader, wholeDatasetLoader } from '../routes/recordLoader.ts';
import { RouteErrorPage } from '../routes/RouteErrorPage.tsx';
import { LoadingScreen, RootLayout } from './RootLayout.tsx';
import { LocaleProvider } from '../components/i18n/index.ts';
import { localePrefix, locales, localisePath, type Locale } from '../domain/i18n/index.ts';
import { languageLoader } from '../routes/languageLoader.ts';

/**
 * The loaders fetch data for a path; the query string (filters) never changes what they load,
 * so a filter change re-renders at once instead of waiting on a loader round trip.
 */
const samePathNoReload: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname === nextUrl.pathname ? false : defaultShouldRevalidate;

/** What a lazily loaded page's route carries. */
export interface PageHandle {
  /** The page module's path from the project root: it names the page's chunk in Vite's build manifest. */
  module: string;
}

/**
 * A page whose code is its own chunk, so a visit downloads only the pages it shows. Loaders stay
 * out of the chunk (they are small): the router runs a route's static loader in parallel with its
 * lazy(), so the data fetch starts at once rather than after the code has arrived.
 *
 * A lazy function, not the per-property lazy object: React Router clears each property of that
 * object as it loads it, and the object is shared by every router made from these routes (one per
 * prerendered page, one per test), so the next router would find no component to load.
 */
function lazyPage(module: string, load: () => Promise<ComponentType>): Pick<RouteObject, 'lazy' | 'handle'> {
  return { lazy: async () => ({ Component: await load() }), handle: { module } satisfies PageHandle };
}

const sourcePageModule = () => import('../routes/SourcePage.tsx');

/**
 * The source page's loader lives in its module; the record check it starts with runs meanwhile,
 * so the slice is already on its way when the chunk arrives.
 */
async function sourceLoader(args: LoaderFunctionArgs) {
  const [page] = await Promise.all([sourcePageModule(), recordLoader('source')(args)]);
  return page.sourceLoader(args);
}

/** A child route's path is relative to its language's root ("/sources" → "sources"). */
const relative = (pattern: string) => pattern.replace(/^\//, '');

/** The pages, the same in each language. */
const pageRoutes = (): RouteObject[] => [
  {
    index: true,
    ...lazyPage('src/routes/TimelinePage.tsx', async () => (await import('../routes/TimelinePage.tsx')).TimelinePage),
    loader: timelineLoader,
    shouldRevalidate: samePathNoReload,
  },
  {
    path: relative(routePatterns.organisations),
    ...lazyPage('src/routes/OrganisationsPage.tsx', async () => (await import('../routes/OrganisationsPage.tsx')).OrganisationsPage),
    loader: wholeDatasetLoader,
    shouldRevalidate: samePathNoReload,
  },
  {
    path: relative(routePatterns.organisation),
    ...lazyPage('src/routes/OrganisationPage.tsx', async () => (await import('../routes/OrganisationPage.tsx')).OrganisationPage),
    loader: recordLoader('organisation'),
    shouldRevalidate: samePathNoReload,
  },
  {
    path: relative(routePatterns.event),
    ...lazyPage('src/routes/records/EventPage.tsx', async () => (await import('../routes/records/EventPage.tsx')).EventPage),
    loader: recordLoader('event'),
    shouldRevalidate: samePathNoReload,
  },
  {
    path: relative(routePatterns.delegation),
    ...lazyPage('src/routes/records/DelegationPage.tsx', async () => (await import('../routes/records/DelegationPage.tsx')).DelegationPage),
    loader: recordLoader('delegation'),
    shouldRevalidate: samePathNoReload,
  },
  {
    path: relative(routePatterns.agreement),
    ...lazyPage('src/routes/records/AgreementPage.tsx', async () => (await import('../routes/records/AgreementPage.tsx')).AgreementPage),
    loader: recordLoader('agreement'),
    shouldRevalidate: samePathNoReload,
  },
  {
    path: relative(routePatterns.sources),
    ...lazyPage('src/routes/SourcesPage.tsx', async () => (await import('../routes/SourcesPage.tsx')).SourcesPage),
    loader: wholeDatasetLoader,
    shouldRevalidate: samePathNoReload,
  },
  {
    path: relative(routePatterns.source),
    ...lazyPage('src/routes/SourcePage.tsx', async () => (await sourcePageModule()).SourcePage),
    loader: sourceLoader,
    shouldRevalidate: samePathNoReload,
  },
  {
    path: relative(routePatterns.map),
    ...lazyPage('src/routes/places/MapPage.tsx', async () => (await import('../routes/places/MapPage.tsx')).MapPage),
    loader: mapLoader,
    // Filters the counted rows cannot answer need the records: load them when such a filter is added.
    shouldRevalidate: ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
      currentUrl.pathname === nextUrl.pathname ? currentUrl.search !== nextUrl.search : defaultShouldRevalidate,
  },
  {
    path: relative(routePatterns.country),
    ...lazyPage('src/routes/places/CountryPage.tsx', async () => (await import('../routes/places/CountryPage.tsx')).CountryPage),
    loader: countryLoader,
    shouldRevalidate: samePathNoReload,
  },
  {
    path: relative(routePatterns.series),
    ...lazyPage('src/routes/records/SeriesPage.tsx', async () => (await import('../routes/records/SeriesPage.tsx')).SeriesPage),
    loader: recordLoader('series'),
    shouldRevalidate: samePathNoReload,
  },
  {
    path: relative(routePatterns.about),
    ...lazyPage('src/routes/AboutPage.tsx', async () => (await import('../routes/AboutPage.tsx')).AboutPage),
    loader: aboutLoader,
    shouldRevalidate: samePathNoReload,
  },
  { path: '*', loader: notFoundLoader, element: <></> },
];

/**
 * A language's root: its layout and error page in that language. The Chinese root's loader loads the
 * Chinese catalogue, our translations of the data and the script converter before its pages render
 * (and, in the browser, before they hydrate).
 */
function languageRoot(locale: Locale): RouteObject {
  const inLocale = (element: ReactNode) => <LocaleProvider locale={locale}>{element}</LocaleProvider>;
  return {
    id: locale === 'en' ? 'root' : `root-${locale}`,
    path: locale === 'en' ? '/' : localePrefix[locale],
    element: <RootLayout locale={locale} />,
    hydrateFallbackElement: inLocale(<LoadingScreen />),
    errorElement: inLocale(<RouteErrorPage />),
    ...(locale === 'en' ? {} : { loader: languageLoader(locale), shouldRevalidate: () => false }),
    children: [{ errorElement: <RouteErrorPage />, children: pageRoutes() }],
  };
}


/**
 * Views for other sites' iframes, in each language (/embed, /zh/embed): no site chrome (no RootLayout),
 * their own small page chunks. The Chinese one loads its catalogue and our translations first, as the
 * Chinese root does.
 */
const embedRoute = (locale: Locale): RouteObject => ({
  id: locale === 'en' ? 'embed' : `embed-${locale}`,
  path: localisePath(locale, routePatterns.embedTimeline),
  element: (
    <LocaleProvider locale={locale}>
      <Outlet />
    </LocaleProvider>
  ),
  hydrateFallbackElement: (
    <LocaleProvider locale={locale}>
      <LoadingScreen />
    </LocaleProvider>
  ),
  errorElement: (
    <LocaleProvider locale={locale}>
      <RouteErrorPage />
    </LocaleProvider>
  ),
  ...(locale === 'en' ? {} : { loader: languageLoader(locale), shouldRevalidate: () => false }),
  children: [
    {
      index: true,
      ...lazyPage('src/routes/embed/EmbedTimelinePage.tsx', async () => (await import('../routes/embed/EmbedTimelinePage.tsx')).EmbedTimelinePage),
      loader: wholeDatasetLoader,
      shouldRevalidate: samePathNoReload,
    },
    {
      path: localisePath(locale, routePatterns.embedOrganisation),
      ...lazyPage('src/routes/embed/EmbedOrganisationPage.tsx', async () => (await import('../routes/embed/EmbedOrganisationPage.tsx')).EmbedOrganisationPage),
      loader: recordLoader('organisation'),
      shouldRevalidate: samePathNoReload,
    },
  ],
});

/** The whole route tree; the browser router, the prerenderer and the tests' memory routers all use it. */
export const routes: RouteObject[] = [...locales.map(embedRoute), ...locales.map(languageRoot)];
