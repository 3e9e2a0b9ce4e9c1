import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { resolveLazyRoutes } from '../../src/app/resolveLazyRoutes.ts';
import { routes, type PageHandle } from '../../src/app/routes.tsx';

const allRoutes = (list: RouteObject[]): RouteObject[] => list.flatMap((route) => [route, ...allRoutes(route.children ?? [])]);
const lazyRoutes = allRoutes(routes).filter((route) => route.lazy);

describe('the lazily loaded pages', () => {
  it('are every page but the not-found one, each named by the module its chunk is built from', () => {
    // Twelve site pages and two embed views (the filtered timeline and an organisation), in each of the two languages.
    expect(lazyRoutes).toHaveLength((12 + 2) * 2);
    for (const route of lazyRoutes) expect((route.handle as PageHandle).module).toMatch(/^src\/routes\/(\w+\/)?\w+Page\.tsx$/);
  });

  it('load the component of the module their handle names, which is the chunk the prerenderer preloads', async () => {
    for (const route of lazyRoutes) {
      const { module } = route.handle as PageHandle;
      const { Component } = await (route.lazy as () => Promise<RouteObject>)();
      const exports = (await import(/* @vite-ignore */ `../../${module}`)) as Record<string, unknown>;
      expect(Object.values(exports), module).toContain(Component);
    }
  });

  it('keep their loaders outside the lazy part, so data and code load in parallel', () => {
    for (const route of lazyRoutes) expect(route.loader, (route.handle as PageHandle).module).toBeTypeOf('function');
  });
});

describe('resolveLazyRoutes', () => {
  it('writes what a lazy function returns onto the route and clears lazy', async () => {
    const Page = () => null;
    const route: RouteObject = { path: 'a', lazy: async () => ({ Component: Page }) };
    await resolveLazyRoutes([route]);
    expect(route.Component).toBe(Page);
    expect(route.lazy).toBeUndefined();
  });

  it('loads each property of a lazy object', async () => {
    const Page = () => null;
    const Boundary = () => null;
    const route: RouteObject = { path: 'a', lazy: { Component: async () => Page, ErrorBoundary: async () => Boundary } };
    await resolveLazyRoutes([route]);
    expect(route).toMatchObject({ Component: Page, ErrorBoundary: Boundary, lazy: undefined });
  });

  it('leaves routes without lazy parts alone', async () => {
    const route: RouteObject = { path: 'a', element: null };
    await resolveLazyRoutes([route]);
    expect(route).toEqual({ path: 'a', element: null });
  });
});
