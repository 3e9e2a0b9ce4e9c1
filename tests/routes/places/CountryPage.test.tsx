import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../support/renderRoute.tsx';

describe('CountryPage', () => {
  it('shows a country named only through unnamed participants: Iceland at the 18 November 2024 meeting', async () => {
    renderRoute('/countries/IS', { data: 'fetch' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Iceland' })).toBeInTheDocument();
    expect(screen.getByText(/1 record involves Iceland/)).toBeInTheDocument();
    const flows = screen.getByRole('table');
    const china = within(flows).getByRole('row', { name: /China/ });
    expect(within(china).getByRole('link', { name: '1' })).toHaveAttribute('href', '/?origin=IS&host=CN');
    expect(screen.getByText('The articles name no organisation from Iceland.')).toBeInTheDocument();
    const records = screen.getByRole('region', { name: 'Records' });
    expect(within(records).getAllByRole('article')).toHaveLength(1);
    expect(screen.getByRole('group', { name: 'World map of the flows to and from Iceland' })).toBeInTheDocument();
  });

  it('lists the organisations from the country by record count, and its flows both ways', async () => {
    renderRoute('/countries/FI', { data: 'fetch' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Finland' })).toBeInTheDocument();
    const organisations = screen.getAllByRole('listitem').filter((li) => /\d+ records?$/.test(li.textContent ?? ''));
    const counts = organisations.map((li) => Number(/(\d+) records?$/.exec(li.textContent ?? '')![1]));
    expect(counts.length).toBeGreaterThan(3);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    const china = within(screen.getByRole('table')).getByRole('row', { name: /China/ });
    const [, out, into] = within(china).getAllByRole('cell');
    expect(Number(out!.textContent)).toBeGreaterThan(0);
    expect(Number(into!.textContent)).toBeGreaterThan(0);
  });

  it('has a page for a country only an organisation comes from: Thailand, Chiang Mai University in no record', async () => {
    renderRoute('/countries/TH', { data: 'fetch' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Thailand' })).toBeInTheDocument();
    expect(screen.getByText('No record in the atlas involves Thailand. The articles name organisations from it, listed below.')).toBeInTheDocument();
    const university = screen.getByRole('link', { name: 'Chiang Mai University' });
    expect(university).toHaveAttribute('href', '/organisations/chiang-mai-university');
    expect(university.closest('li')).toHaveTextContent('in no record');
    expect(screen.queryByRole('region', { name: 'Records' })).not.toBeInTheDocument();
  });

  it('answers 404 for a country neither a record nor an organisation names', async () => {
    renderRoute('/countries/ZZ', { data: 'fetch' });
    expect(await screen.findByRole('heading', { level: 1, name: /not found|no page/i })).toBeInTheDocument();
  });
});
