import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../../src/app/routes.tsx';
import { useDatasetStore } from '../../src/store/datasetStore.ts';
import { realData } from './realData.ts';

/**
 * Render the real route tree at a URL through a memory router, with the real data
 * already in the store (and the article texts, so source pages need no fetch).
 */
export function renderRoute(url: string) {
  const { dataset, sourceTexts } = realData();
  useDatasetStore.getState().setDataset(dataset);
  for (const [id, text] of sourceTexts) useDatasetStore.getState().setSourceText(id, text);
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup();
  return { router, user, ...render(<RouterProvider router={router} />) };
}
