import type { RouteObject } from 'react-router';

/**
 * Loads the lazy parts of these routes and writes them onto the route objects, as React Router
 * documents for server rendering with lazy routes: a router created afterwards finds them
 * complete, so it renders the page on its first render (hydration needs exactly that) instead
 * of its hydrate fallback while the chunks load.
 */
export async function resolveLazyRoutes(routes: RouteObject[]): Promise<void> {
  await Promise.all(
    routes.map(async (route) => {
      const { lazy } = route;
      if (!lazy) return;
      const resolved =
        typeof lazy === 'function'
          ? await lazy()
          : Object.fromEntries(await Promise.all(Object.entries(lazy).map(async ([key, load]) => [key, await (load as () => Promise<unknown>)()])));
      Object.assign(route, resolved, { lazy: undefined });
    }),
  );
}
