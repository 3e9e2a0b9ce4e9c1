import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../support/renderRoute.tsx';

describe('not-found pages', () => {
  it('shows a not-found page with a way back for an unknown path', async () => {
    renderRoute('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no page at /no/such/page.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the timeline' })).toHaveAttribute('href', '/');
  });

  it('names the unknown organisation id and suggests close matches', async () => {
    renderRoute('/organisations/chengdu-foreign-affair-office');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'No organisation “chengdu-foreign-affair-office”' }),
    ).toBeInTheDocument();
    const suggestion = screen.getByRole('link', { name: /Foreign Affairs Office of the Chengdu/ });
    expect(suggestion).toHaveAttribute('href', '/organisations/chengdu-foreign-affairs-office');
  });

  it('loads only the slice a record page needs, and still answers 404 for an unknown id', async () => {
    renderRoute('/events/no-such-event', { data: 'fetch' });
    expect(await screen.findByRole('heading', { level: 1, name: 'No event “no-such-event”' })).toBeInTheDocument();
  });
});
