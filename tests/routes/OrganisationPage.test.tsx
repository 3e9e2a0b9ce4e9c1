import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../support/renderRoute.tsx';

describe('OrganisationPage', () => {
  it('shows the name, native name, inferred country and kind', async () => {
    renderRoute('/organisations/kone');
    expect(await screen.findByRole('heading', { level: 1, name: 'KONE' })).toBeInTheDocument();
    expect(screen.getByText('通力')).toHaveAttribute('lang', 'zh-Hant');
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByText('Finland')).toBeInTheDocument();
    expect(within(details).getByText('(inferred)')).toBeInTheDocument();
    expect(within(details).getByText('Company')).toBeInTheDocument();
  });

  it('lists its records with its role in each, linked to the record pages', async () => {
    renderRoute('/organisations/business-finland');
    const records = await screen.findByRole('region', { name: /^Records/ });
    const cards = within(records).getAllByRole('article');
    expect(cards.length).toBeGreaterThanOrEqual(3);
    const delegation = within(records).getByRole('link', { name: 'Finnish enterprise delegation to Chengdu (December 2025)' });
    expect(delegation).toHaveAttribute('href', '/delegations/finnish-enterprise-delegation-chengdu-2025-12');
    const card = delegation.closest('article')!;
    expect(within(card).getByText(/Role:/)).toHaveTextContent('Role: Organiser, Delegation member');
  });

  it('lists the organisations it appeared with and how often', async () => {
    renderRoute('/organisations/chengdu-foreign-affairs-office');
    const partners = await screen.findByRole('region', { name: 'Appeared with' });
    const embassy = within(partners).getByRole('link', { name: 'Embassy of Finland in China' });
    expect(embassy.closest('li')).toHaveTextContent(/1 record$/);
  });

  it('shows its people and the quotes that support it, linked to the source passage', async () => {
    renderRoute('/organisations/business-finland');
    const people = await screen.findByRole('region', { name: 'People' });
    expect(within(people).getByText('Li Jiaxuan')).toBeInTheDocument();
    expect(within(people).getByText('李佳璇')).toBeInTheDocument();
    const evidence = screen.getByRole('region', { name: 'What the sources say' });
    const sourceLinks = within(evidence).getAllByRole('link');
    expect(sourceLinks[0]).toHaveAttribute('href', expect.stringMatching(/^\/sources\/chengdu-finland-dialogue-2025#q-[a-z0-9]+$/));
  });

  it('links "Show on timeline" to the timeline filtered to it', async () => {
    renderRoute('/organisations/kone');
    expect(await screen.findByRole('link', { name: 'Show on timeline' })).toHaveAttribute('href', '/?org=kone');
  });
});

describe('organisation page: name basis and figures', () => {
  it('says when the English name is our translation', async () => {
    renderRoute('/organisations/overseas-chinese-phoenix-group');
    expect(await screen.findByText('This English name is our translation: the articles do not print it.')).toBeInTheDocument();
  });

  it('says nothing of the kind when the articles print the name', async () => {
    renderRoute('/organisations/business-finland');
    await screen.findByRole('heading', { level: 1, name: 'Business Finland' });
    expect(screen.queryByText(/our translation: the articles do not print it/)).toBeNull();
  });

  it('shows the figures the sources state about the organisation', async () => {
    renderRoute('/organisations/chengdu');
    const figures = await screen.findByRole('region', { name: 'Figures stated in the sources' });
    expect(within(figures).getByText(/244/)).toBeInTheDocument();
  });
});
