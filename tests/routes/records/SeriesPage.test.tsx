import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../support/renderRoute.tsx';
import { realData } from '../../support/realData.ts';

describe('series page', () => {
  it('shows the series, since when the source says it runs, and its editions oldest first, each linking to its page', async () => {
    renderRoute('/series/chengdu-europe-culture-season');
    const h1 = await screen.findByRole('heading', { level: 1 });
    const series = realData().dataset.series.find((candidate) => candidate.id === 'chengdu-europe-culture-season')!;
    expect(h1).toHaveTextContent(series.title);
    expect(screen.getByText('Held since 2017, as the source states.')).toBeInTheDocument();
    const editions = screen.getByRole('region', { name: /Editions in the atlas/ });
    const expected = realData().dataset.events.filter((event) => event.series === series.id);
    for (const event of expected) expect(within(editions).getByRole('link', { name: event.title })).toHaveAttribute('href', `/events/${event.id}`);
    expect(within(screen.getByRole('region', { name: 'Figures stated in the source' })).getAllByRole('listitem').length).toBe(series.figures!.length);
    expect(document.title).toBe(`${series.title} · Trade Mission Atlas`);
  });

  it('loads only its own slice on a deep link, and an event of the series links back to it', async () => {
    renderRoute('/series/chengdu-europe-industrial-dialogue', { data: 'fetch' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Chengdu–Europe Industrial Dialogue' })).toBeInTheDocument();
    renderRoute('/events/chengdu-finland-dialogue-2025-12-04');
    const facts = await screen.findByRole('region', { name: 'Key facts' });
    expect(within(facts).getByRole('link', { name: 'Chengdu–Europe Industrial Dialogue' })).toHaveAttribute('href', '/series/chengdu-europe-industrial-dialogue');
  });

  it('answers an unknown series with a not-found page', async () => {
    renderRoute('/series/no-such-series', { data: 'fetch' });
    expect(await screen.findByRole('heading', { level: 1, name: 'No series “no-such-series”' })).toBeInTheDocument();
  });
});
