import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../support/renderRoute.tsx';

const rowOf = (table: HTMLElement, origin: string, host: string) =>
  within(table)
    .getAllByRole('row')
    .find((row) => {
      const cells = within(row).queryAllByRole('cell');
      return cells[0]?.textContent?.includes(origin) && cells[1]?.textContent?.includes(host);
    });

describe('MapPage', () => {
  it('draws the map and a flows table from the counted rows, with no records loaded', async () => {
    renderRoute('/map', { data: 'fetch' });
    const table = await screen.findByRole('table', { name: /country pairs/ });
    const finlandChina = rowOf(table, 'Finland', 'China')!;
    expect(finlandChina).toBeDefined();
    expect(within(finlandChina).getByRole('link', { name: /records, open on the timeline/ })).toHaveAttribute('href', '/?origin=FI&host=CN');
    const map = screen.getByRole('group', { name: 'World map of the flows between countries' });
    const arc = within(map).getByRole('link', { name: /^Finland → China: .* Open on the timeline\.$/ });
    expect(arc).toHaveAttribute('href', '/?origin=FI&host=CN');
    expect(within(map).getByRole('link', { name: /^Iceland: 1 matching record\.$/ })).toHaveAttribute('href', '/countries/IS');
  });

  it('puts the table first in tab order and sorts it through the URL', async () => {
    const { router, user } = renderRoute('/map');
    const table = await screen.findByRole('table', { name: /country pairs/ });
    const links = screen.getAllByRole('link');
    const firstTableLink = within(table).getAllByRole('link')[0]!;
    const firstMapLink = within(screen.getByRole('group', { name: /World map/ })).getAllByRole('link')[0]!;
    expect(links.indexOf(firstTableLink)).toBeLessThan(links.indexOf(firstMapLink));
    await user.click(within(table).getByRole('link', { name: 'Origin' }));
    expect(router.state.location.search).toBe('?by=origin');
    await waitFor(() => {
      const firstRow = within(screen.getByRole('table', { name: /country pairs/ })).getAllByRole('row')[1]!;
      expect(within(firstRow).getAllByRole('cell')[0]).toHaveTextContent('Australia');
    });
    expect(within(screen.getByRole('table', { name: /country pairs/ })).getByRole('columnheader', { name: /Origin/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('follows the timeline filters: type from the rows, country from the records', async () => {
    renderRoute('/map?type=delegation', { data: 'fetch' });
    const table = await screen.findByRole('table', { name: /country pairs/ });
    for (const row of within(table).getAllByRole('row').slice(1)) {
      const [, , , events, agreements] = within(row).getAllByRole('cell');
      expect(events).toHaveTextContent('0');
      expect(agreements).toHaveTextContent('0');
    }
    const chips = screen.getByRole('list', { name: /active filters/i });
    expect(within(chips).getByText(/Delegation/)).toBeInTheDocument();
  });

  it('leaves out a country on request (country=-CN): no flow touches China', async () => {
    renderRoute('/map?country=-CN', { data: 'fetch' });
    await waitFor(() => expect(screen.getByRole('table', { name: /country pairs/ })).toBeInTheDocument());
    const table = screen.getByRole('table', { name: /country pairs/ });
    expect(within(table).queryByText('China')).not.toBeInTheDocument();
  });

  it('checks organisation and sector ids once the records are loaded, and reports one it does not know', async () => {
    renderRoute('/map?org=no-such-organisation&sector=clean-energy', { data: 'fetch' });
    expect(await screen.findByText(/org=no-such-organisation/)).toBeInTheDocument();
    const chips = screen.getByRole('list', { name: /active filters/i });
    expect(within(chips).queryByText(/no-such-organisation/)).not.toBeInTheDocument();
    expect(within(chips).getByText(/Clean and new energy/)).toBeInTheDocument();
  });

  it('speaks Chinese under /zh/: the table, the arcs and the countries', async () => {
    renderRoute('/zh/map', { data: 'fetch' });
    const table = await screen.findByRole('table', { name: /对国家/ });
    const finlandChina = rowOf(table, '芬兰', '中国')!;
    expect(within(finlandChina).getByRole('link', { name: /条记录，在时间线中打开$/ })).toHaveAttribute('href', '/zh/?origin=FI&host=CN');
    const map = screen.getByRole('group', { name: '国家间往来的世界地图' });
    expect(within(map).getByRole('link', { name: /^芬兰 → 中国：.*（\d+ 条记录）。在时间线中打开。$/ })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: /出发国/ })).toBeInTheDocument();
  });
});
