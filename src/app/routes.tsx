import type { RouteObject, ShouldRevalidateFunction } from 'react-router';
import { routePatterns } from '../domain/paths.ts';
import { AgreementPage } from '../routes/AgreementPage.tsx';
import { DelegationPage } from '../routes/DelegationPage.tsx';
import { EventPage } from '../routes/EventPage.tsx';
import { OrganisationPage } from '../routes/OrganisationPage.tsx';
import { OrganisationsPage } from '../routes/OrganisationsPage.tsx';
import { notFoundLoader, recordLoader, wholeDatasetLoader } from '../routes/recordLoader.ts';
import { RouteErrorPage } from '../routes/RouteErrorPage.tsx';
import { SourcePage, sourceLoader } from '../routes/SourcePage.tsx';
import { SourcesPage } from '../routes/SourcesPage.tsx';
import { TimelinePage } from '../routes/TimelinePage.tsx';
import { LoadingScreen, RootLayout } from './RootLayout.tsx';

/**
 * The loaders fetch data for a path; the query string (filters) never changes what they load,
 * so a filter change re-renders at once instead of waiting on a loader round trip.
 */
const samePathNoReload: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname === nextUrl.pathname ? false : defaultShouldRevalidate;

/** The whole route tree; the browser router and the tests' memory routers both use it. */
export const routes: RouteObject[] = [
  {
    id: 'root',
    path: '/',
    element: <RootLayout />,
    hydrateFallbackElement: <LoadingScreen />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <TimelinePage />, loader: wholeDatasetLoader, shouldRevalidate: samePathNoReload },
          { path: routePatterns.organisations, element: <OrganisationsPage />, loader: wholeDatasetLoader, shouldRevalidate: samePathNoReload },
          { path: routePatterns.organisation, element: <OrganisationPage />, loader: recordLoader('organisation'), shouldRevalidate: samePathNoReload },
          { path: routePatterns.event, element: <EventPage />, loader: recordLoader('event'), shouldRevalidate: samePathNoReload },
          { path: routePatterns.delegation, element: <DelegationPage />, loader: recordLoader('delegation'), shouldRevalidate: samePathNoReload },
          { path: routePatterns.agreement, element: <AgreementPage />, loader: recordLoader('agreement'), shouldRevalidate: samePathNoReload },
          { path: routePatterns.sources, element: <SourcesPage />, loader: wholeDatasetLoader, shouldRevalidate: samePathNoReload },
          { path: routePatterns.source, element: <SourcePage />, loader: sourceLoader, shouldRevalidate: samePathNoReload },
          { path: '*', loader: notFoundLoader, element: <></> },
        ],
      },
    ],
  },
];
