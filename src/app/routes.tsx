import type { RouteObject } from 'react-router';
import { routePatterns } from '../domain/paths.ts';
import { ensureDataset } from '../store/datasetStore.ts';
import { AgreementPage } from '../routes/AgreementPage.tsx';
import { DelegationPage } from '../routes/DelegationPage.tsx';
import { EventPage } from '../routes/EventPage.tsx';
import { NotFoundPage } from '../routes/NotFoundPage.tsx';
import { OrganisationPage } from '../routes/OrganisationPage.tsx';
import { OrganisationsPage } from '../routes/OrganisationsPage.tsx';
import { recordLoader } from '../routes/recordLoader.ts';
import { RouteErrorPage } from '../routes/RouteErrorPage.tsx';
import { SourcePage, sourceLoader } from '../routes/SourcePage.tsx';
import { SourcesPage } from '../routes/SourcesPage.tsx';
import { TimelinePage } from '../routes/TimelinePage.tsx';
import { LoadingScreen, RootLayout } from './RootLayout.tsx';

/** The whole route tree; the browser router and the tests' memory routers both use it. */
export const routes: RouteObject[] = [
  {
    id: 'root',
    path: '/',
    element: <RootLayout />,
    loader: () => ensureDataset().then(() => null),
    hydrateFallbackElement: <LoadingScreen />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <TimelinePage /> },
          { path: routePatterns.organisations, element: <OrganisationsPage /> },
          { path: routePatterns.organisation, element: <OrganisationPage />, loader: recordLoader('organisation') },
          { path: routePatterns.event, element: <EventPage />, loader: recordLoader('event') },
          { path: routePatterns.delegation, element: <DelegationPage />, loader: recordLoader('delegation') },
          { path: routePatterns.agreement, element: <AgreementPage />, loader: recordLoader('agreement') },
          { path: routePatterns.sources, element: <SourcesPage /> },
          { path: routePatterns.source, element: <SourcePage />, loader: sourceLoader },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
