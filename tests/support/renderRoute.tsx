import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'react-dom';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { routes } from '../../src/app/routes.tsx';
import { indexDataset } from '../../src/domain/dataset/dataset.ts';
import { useDatasetStore } from '../../src/store/datasetStore.ts';
import { resolveDataFile } from '../../src/tools/build/datasetPlugin.ts';
import { realData, realTranslations } from './realData.ts';

/** Answer the app's data requests from data/, exactly as the dev server and the build would. */
let served: Parameters<typeof resolveDataFile>[0] | null = null;

/** The data files the app asked for since the route was rendered, by path from the base ("data/…"). */
export const requestedDataFiles: string[] = [];

export function serveRealDataOverFetch() {
  const { dataset, sourceTexts } = realData();
  // Indexed once per test file: the data files derived from it (the timeline's index, shards) are cached by index.
  const loaded = (served ??= { index: indexDataset(dataset), sourceTexts, translations: new Map([['zh-Hans', realTranslations()]]) });
  const base = import.meta.env.BASE_URL;
  requestedDataFiles.length = 0;
  // A mock, so a test can ask what was requested (vi.mocked(fetch).mock.calls).
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string | URL | Request) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.pathname : new URL(input.url).pathname;
      if (url.startsWith(base)) requestedDataFiles.push(decodeURIComponent(url.slice(base.length)));
      const file = url.startsWith(base) ? resolveDataFile(loaded, decodeURIComponent(url.slice(base.length))) : undefined;
      return file ? new Response(file.body as BodyInit, { status: 200, headers: { 'Content-Type': file.type } }) : new Response('Not found', { status: 404 });
    }),
  );
}

export interface RenderRouteOptions {
  /**
   * "preloaded" (default): the whole dataset and every article text are in the store.
   * "fetch": the store starts empty and the route loaders fetch what they need.
   */
  data?: 'preloaded' | 'fetch';
}

/** Render the real route tree at a URL through a memory router, with the real data. */
export function renderRoute(url: string, { data = 'preloaded' }: RenderRouteOptions = {}) {
  serveRealDataOverFetch();
  if (data === 'preloaded') {
    const { dataset, sourceTexts } = realData();
    useDatasetStore.getState().setDataset(dataset);
    for (const [id, text] of sourceTexts) useDatasetStore.getState().setSourceText(id, text);
  }
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup();
  // The app's RouterProvider (from react-router/dom) wires up flushSync itself; imported from
  // there, vitest would load a second copy of react-router, so it is passed here instead.
  const view = render(<RouterProvider router={router} flushSync={(update) => void flushSync(update)} />);
  return { router, user, ...view };
}
