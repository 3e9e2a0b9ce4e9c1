import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, type HydrationState } from 'react-router';
// The DOM RouterProvider wires up ReactDOM.flushSync, which navigations with { flushSync: true } need.
import { RouterProvider } from 'react-router/dom';
import { resolveLazyRoutes } from './resolveLazyRoutes.ts';
import { routes } from './routes.tsx';
import './styles.css';

declare global {
  interface Window {
    __staticRouterHydrationData?: HydrationState;
  }
}

// BASE_URL ends with "/"; React Router's basename must not.
const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
const container = document.getElementById('root')!;
const withoutTrailingSlash = (path: string) => (path.length > 1 ? path.replace(/\/$/, '') : path);

/**
 * Load what the page at this URL renders: its routes' code, and (at the same time) their loaders'
 * data, so the store holds what the prerenderer rendered from.
 */
async function loadPageForThisUrl(): Promise<void> {
  const request = new Request(window.location.href);
  const matches = matchRoutes(routes, window.location, basename) ?? [];
  await Promise.all([
    resolveLazyRoutes(matches.map((match) => match.route)),
    ...matches.map(async ({ route, params }) => {
      if (typeof route.loader !== 'function') return;
      try {
        await route.loader({ params, request, context: undefined } as never);
      } catch {
        // A 404 or a failed load: the router shows it from the hydration data or its own run.
      }
    }),
  ]);
}

const app = (router: ReturnType<typeof createBrowserRouter>) => (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
);

// This page's HTML was prerendered for this path (not a host's fallback page for another one).
const prerenderedFor = container.dataset.prerenderedPath;
const prerenderedHere =
  prerenderedFor !== undefined && withoutTrailingSlash(prerenderedFor) === withoutTrailingSlash(window.location.pathname);

if (prerenderedHere && window.__staticRouterHydrationData) {
  // The prerendered page is on screen but does not respond yet: say so until RootLayout mounts
  // (at 100,000 records the data takes seconds to arrive).
  document.documentElement.dataset.loading = '';
  // Load the same code and data the prerenderer rendered from before the first render. When the
  // page's code fails to load, hydrating would not match: render afresh, and the router shows the error.
  const loaded = await loadPageForThisUrl().then(
    () => true,
    () => false,
  );
  const router = createBrowserRouter(routes, { basename, hydrationData: window.__staticRouterHydrationData });
  if (loaded && window.location.search === '' && window.location.hash === '') {
    // As a transition, hydration yields to the browser every few milliseconds instead of
    // blocking the main thread for the whole page (Lighthouse's total blocking time).
    startTransition(() => {
      hydrateRoot(container, app(router));
    });
  } else {
    // Filters in the query, or a #passage, change what renders: render afresh (with the data
    // already loaded, so there is no loading state) rather than hydrate a different view.
    createRoot(container).render(app(router));
  }
} else {
  createRoot(container).render(app(createBrowserRouter(routes, { basename })));
}
