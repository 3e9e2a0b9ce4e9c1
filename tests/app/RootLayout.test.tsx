import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoute } from '../support/renderRoute.tsx';

afterEach(() => {
  delete document.documentElement.dataset.loading;
  delete document.documentElement.dataset.hydrated;
});

describe('RootLayout', () => {
  it('ends the prerendered page’s loading state once the app has mounted, and marks the page hydrated', async () => {
    // What main.tsx sets while a prerendered page waits for its code and data.
    document.documentElement.dataset.loading = '';
    renderRoute('/organisations');
    await screen.findByRole('heading', { level: 1, name: 'Organisations' });
    await waitFor(() => expect(document.documentElement).toHaveAttribute('data-hydrated'));
    expect(document.documentElement).not.toHaveAttribute('data-loading');
  });
});
