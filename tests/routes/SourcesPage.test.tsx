import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../support/renderRoute.tsx';
import { realData } from '../support/realData.ts';

describe('sources page', () => {
  it('lists every article as a card linking to its page', async () => {
    renderRoute('/sources');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sources' })).toBeInTheDocument();
    const { dataset } = realData();
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(dataset.sources.length);
    for (const source of dataset.sources) {
      expect(screen.getByRole('link', { name: source.title.en })).toHaveAttribute('href', `/sources/${source.id}`);
    }
  });

  it("shows an article's outlet, publication date with how it is known, languages and records citing it", async () => {
    renderRoute('/sources');
    const link = await screen.findByRole('link', { name: /China \(Chengdu\) – Nordic Technology Innovation/ });
    const card = link.closest('article')!;
    expect(within(card).getByText('EIN Presswire')).toBeInTheDocument();
    expect(within(card).getByText('20 Nov 2024').closest('time')).toHaveAttribute('dateTime', '2024-11-20');
    expect(within(card).getByText(/^How we know: Dateline 'CHINA, November 20, 2024/)).toBeInTheDocument();
    expect(within(card).getByText('English')).toBeInTheDocument();
    expect(within(card).getByText('Cited by').nextElementSibling!.textContent).toMatch(/^\d+ events · \d+ delegations? · \d+ agreements/);
  });

  it('shows the original title with its language and says when the date is not stated', async () => {
    renderRoute('/sources');
    const card = (await screen.findByRole('link', { name: /Sister Cities/ })).closest('article')!;
    expect(within(card).getByText('從「友城」到「世界夥伴」： 成都以開放之姿深化國際合作')).toHaveAttribute('lang', 'zh-Hant');
    expect(within(card).getByText('Date not stated')).toBeInTheDocument();
    expect(within(card).getByText('Traditional Chinese')).toBeInTheDocument();
  });
});
