import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../support/renderRoute.tsx';
import { realData } from '../support/realData.ts';

describe('OrganisationsPage', () => {
  it('lists every organisation with its count', async () => {
    renderRoute('/organisations');
    const total = realData().dataset.organisations.length;
    expect(await screen.findByText(`${total} organisations`)).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('link', { name: 'KONE' })).toHaveAttribute('href', '/organisations/kone');
  });

  it('finds an organisation by its Chinese name and by an unaccented spelling', async () => {
    const { user, router } = renderRoute('/organisations');
    const search = await screen.findByLabelText('Search by name');
    await user.type(search, '通力');
    expect(router.state.location.search).toBe(`?q=${encodeURIComponent('通力')}`);
    expect(router.state.historyAction).toBe('REPLACE');
    expect(await screen.findByText(/^1 of \d+ organisations match$/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'KONE' })).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'vasteras');
    expect(await screen.findByRole('link', { name: 'Västerås Science Park' })).toBeInTheDocument();
  });

  it('makes a whole typed search one history entry, so one Back undoes it', async () => {
    const { user, router } = renderRoute('/organisations?country=FI');
    await user.type(await screen.findByLabelText('Search by name'), 'kone');
    expect(router.state.location.search).toBe('?q=kone&country=FI');
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('?country=FI');
    await waitFor(() => expect(screen.getByLabelText('Search by name')).toHaveValue(''));
  });

  it('filters by country and kind, pushing history entries', async () => {
    const { user, router } = renderRoute('/organisations');
    await user.selectOptions(await screen.findByLabelText('Country'), 'SE');
    expect(router.state.location.search).toBe('?country=SE');
    expect(router.state.historyAction).toBe('PUSH');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'KONE' })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Västerås Science Park' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Kind'), 'zone-or-park');
    expect(router.state.location.search).toBe('?country=SE&kind=zone-or-park');
  });

  it('sorts by number of records, most first', async () => {
    renderRoute('/organisations?sort=records');
    const links = (await screen.findAllByRole('link')).filter((a) => a.getAttribute('href')?.startsWith('/organisations/'));
    const { dataset } = realData();
    expect(links[0]).toHaveTextContent(dataset.organisations.find((o) => o.id === 'chengdu')!.name);
  });

  it('ignores malformed parameters and says so', async () => {
    renderRoute('/organisations?country=XX&kind=spaceship&colour=red');
    const lead = await screen.findByText('3 parts of this link were not understood and are ignored:');
    const notice = lead.closest('[role="status"]')!;
    expect(notice).toHaveTextContent('country=XX — not an ISO 3166-1 alpha-2 country code');
    expect(notice).toHaveTextContent('kind=spaceship — no such kind of organisation');
    expect(notice).toHaveTextContent('colour=red — unknown parameter');
  });

  it('removes the parts it did not understand from the link, keeping the rest, without a new history entry', async () => {
    const { user, router } = renderRoute('/organisations?country=FI&kind=spaceship&colour=red');
    await screen.findByText('2 parts of this link were not understood and are ignored:');
    await user.click(screen.getByRole('button', { name: 'Remove them from the link' }));
    await waitFor(() => expect(router.state.location.search).toBe('?country=FI'));
    expect(router.state.historyAction).toBe('REPLACE');
    expect(screen.queryByText(/not understood/)).not.toBeInTheDocument();
  });
});
