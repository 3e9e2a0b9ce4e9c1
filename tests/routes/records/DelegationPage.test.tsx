import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { quoteAnchor } from '../../../src/domain/sources/anchors.ts';
import { renderRoute } from '../../support/renderRoute.tsx';
import { realData, realTranslations } from '../../support/realData.ts';

const path = '/delegations/finnish-enterprise-delegation-chengdu-2025-12';

describe('delegation page', () => {
  it('shows the title, origin, destination, purpose and the date with how it is known', async () => {
    renderRoute(path);
    expect(await screen.findByRole('heading', { level: 1, name: 'Finnish enterprise delegation to Chengdu (December 2025)' })).toBeInTheDocument();
    // Its names map is empty: '芬蘭企業代表團赴蓉' was our composition, not a printed name.
    expect(screen.queryByText('芬蘭企業代表團赴蓉')).toBeNull();
    const facts = screen.getByRole('region', { name: 'Key facts' });
    expect(within(facts).getByText('From').nextElementSibling).toHaveTextContent('Finland');
    expect(within(facts).getByText('Destination').nextElementSibling).toHaveTextContent(/Chengdu, .*China/);
    expect(within(facts).getByText(/^Return visit pledged by Business Finland/)).toBeInTheDocument();
    expect(within(facts).getByText('Dec 2025')).toBeInTheDocument();
    expect(within(facts).getByText(/^How we know the date: December 2025/)).toBeInTheDocument();
  });

  it('lists organisers, members and the members it does not name', async () => {
    renderRoute(path);
    const who = await screen.findByRole('region', { name: 'Who went' });
    const organisers = within(who).getByRole('heading', { name: 'Organisers' }).parentElement!;
    expect(within(organisers).getByRole('link', { name: /Business Finland/ })).toHaveAttribute('href', '/organisations/business-finland');
    expect(within(who).getByText(/^More than 30 Finnish enterprises in intelligent manufacturing/)).toBeInTheDocument();
  });

  it('shows its stops in order, with organisations visited and links to the stop events', async () => {
    renderRoute(path);
    const route = await screen.findByRole('region', { name: 'Route' });
    const stops = within(route).getAllByRole('listitem').filter((li) => li.classList.contains('route__stop'));
    expect(stops.map((stop) => within(stop).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Stop 1: Business & Innovation Centre for China-Europe Cooperation (CCEC)',
      'Stop 2: West China Hospital, Sichuan University',
      'Stop 3: Sichuan Taikang Hospital',
      'Stop 4: Aier Eye Hospital',
      'Stop 5: No. 1 Orthopedics Hospital of Chengdu',
    ]);
    expect(within(stops[0]!).getByText('4 Dec 2025')).toBeInTheDocument();
    expect(within(stops[1]!).getByRole('link', { name: 'West China Hospital, Sichuan University' })).toHaveAttribute(
      'href',
      '/organisations/west-china-hospital',
    );
    expect(within(stops[1]!).getByRole('link', { name: /Finnish delegation visit to West China Hospital/ })).toHaveAttribute(
      'href',
      '/events/finnish-delegation-visit-west-china-hospital-2025-12',
    );
    expect(within(stops[1]!).getByText('Planned')).toBeInTheDocument();
  });

  it('states its figures and links its evidence to the source highlights', async () => {
    renderRoute('/delegations/opening-chengdu-northern-europe-delegation-2025-09');
    const evidence = await screen.findByRole('region', { name: 'Evidence from the sources' });
    const quote = 'visited Finland for intensive business and industrial matchmaking events';
    const item = within(evidence).getByText(quote).closest('li')!;
    expect(within(item).getByRole('link')).toHaveAttribute('href', `/sources/chengdu-finland-dialogue-2025#${quoteAnchor(quote)}`);
  });

  it("lists the delegation's events among related records", async () => {
    renderRoute(path);
    const related = await screen.findByRole('region', { name: 'Related records' });
    const events = within(related).getByRole('heading', { name: 'Events of this delegation' }).parentElement!;
    expect(within(events).getByRole('link', { name: /Finnish delegation visit to Sichuan Taikang Hospital/ })).toBeInTheDocument();
  });

  it("says in Chinese under /zh/ how its date and each stop's date are known, marked as our translation", async () => {
    renderRoute(`/zh${path}`);
    const facts = await screen.findByRole('region', { name: '要点' });
    const delegation = realData().dataset.delegations.find((d) => path.endsWith(d.id))!;
    const ours = realTranslations().records[`delegations/${delegation.id}`]!;
    const basis = within(facts).getByText(ours['date.basis']!.text);
    expect(basis).toHaveAttribute('lang', 'zh-Hans');
    expect(basis).toHaveTextContent(/^2025年12月：芬兰代表团.*译文$/);
    expect(screen.queryByText(delegation.date.basis!, { exact: false })).toBeNull();
    const route = screen.getByRole('region', { name: '路线' });
    const stopBasis = within(route).getAllByText(ours['stops[1].date.basis']!.text)[0]!;
    expect(stopBasis).toHaveAttribute('lang', 'zh-Hans');
    expect(stopBasis).toHaveTextContent(/具体日期未说明。\s*译文$/);
    expect(within(route).queryByText(/Planned stop/)).toBeNull();
  });
});
