import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { quoteAnchor } from '../../../src/domain/sources/anchors.ts';
import { renderRoute } from '../../support/renderRoute.tsx';

const path = '/agreements/tegnology-tsinghua-sichuan-photovoltaic-preliminary-agreement-2024';

describe('agreement page', () => {
  it('shows its status at its true strength with what that status means', async () => {
    renderRoute(path);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/TEGnology.*preliminary agreement/);
    expect(screen.getByText('Agreement · Preliminary agreement')).toBeInTheDocument();
    expect(screen.getByText('Preliminary: the parties reached a preliminary agreement; nothing signed is reported.')).toBeInTheDocument();
  });

  it('lists the parties and the event it came from', async () => {
    renderRoute(path);
    const parties = await screen.findByRole('region', { name: 'Parties' });
    expect(within(parties).getByRole('link', { name: /TEGnology/ })).toHaveAttribute('href', '/organisations/tegnology');
    expect(within(parties).getByRole('link', { name: /Tsinghua Sichuan Energy Internet Research Institute/ })).toBeInTheDocument();
    const facts = screen.getByRole('region', { name: 'Key facts' });
    expect(within(facts).getByRole('link', { name: /One-on-one matchmaking sessions/ })).toHaveAttribute(
      'href',
      '/events/chengdu-nordic-meeting-2024-matchmaking',
    );
  });

  it('links its evidence to the highlight on the source page', async () => {
    renderRoute(path);
    const evidence = await screen.findByRole('region', { name: 'Evidence from the sources' });
    const link = within(evidence).getAllByRole('link')[0]!;
    const quote = within(evidence).getAllByRole('blockquote')[0]!.textContent!;
    expect(link).toHaveAttribute('href', `/sources/chengdu-nordic-innovation-meeting-2024#${quoteAnchor(quote)}`);
  });

  it('describes unnamed parties and states figures', async () => {
    renderRoute('/agreements/chengdu-nordic-meeting-2024-potential-cooperation-agreements');
    const parties = await screen.findByRole('region', { name: 'Parties' });
    expect(within(parties).getByText('No party is named in the source.')).toBeInTheDocument();
    expect(within(parties).getByText(/^Participants in the one-on-one matchmaking/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Figures stated in the source' })).toHaveTextContent('more than 40 potential cooperation agreements');
    expect(screen.getByText(/^Potential: a possibility or an intention/)).toBeInTheDocument();
  });

  it('marks a planned agreement as planned', async () => {
    renderRoute('/agreements/business-finland-pledge-finnish-delegation-to-chengdu-2025');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText('Agreement · Planned')).toBeInTheDocument();
    expect(screen.getByText(/^Planned: announced or pledged for the future/)).toBeInTheDocument();
  });
});
