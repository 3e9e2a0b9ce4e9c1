import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/domain/dataset/dataset.ts';
import { datasetCoverage, scopeSentence } from '../../src/domain/dataset/coverage.ts';
import { agreementStatusExplanations } from '../../src/domain/records/recordStatus.ts';
import { renderRoute } from '../support/renderRoute.tsx';
import { realData } from '../support/realData.ts';

describe('about page', () => {
  it('states the coverage counted from the data and covers method, statuses, inferred, dates, sources, limits and errors', async () => {
    renderRoute('/about');
    expect(await screen.findByRole('heading', { level: 1, name: 'About: scope and method' })).toBeInTheDocument();
    const { dataset } = realData();
    const coverage = datasetCoverage(indexDataset(dataset));
    const figures = screen.getByRole('region', { name: 'What the atlas covers' });
    expect(within(figures).getByText(new RegExp(`^${dataset.sources.length} articles, in English, Chinese and Swedish`))).toBeInTheDocument();
    expect(within(figures).getByText(new RegExp(`${dataset.events.length} events, ${dataset.delegations.length} delegations and ${dataset.agreements.length} agreements`))).toBeInTheDocument();
    expect(within(figures).getByText(new RegExp(`${coverage.years!.first} to ${coverage.years!.last}`))).toBeInTheDocument();
    expect(within(figures).getByText(/Records took place in China/)).toBeInTheDocument();
    for (const heading of [
      'How records are extracted and checked',
      'What each status means',
      'What “inferred” means',
      'How dates are known',
      'The kinds of source',
      'Known limits',
      'How to report an error',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    }
    expect(screen.getByText(agreementStatusExplanations.memorandum)).toBeInTheDocument();
    for (const source of dataset.sources) expect(screen.getByRole('link', { name: source.title.en })).toHaveAttribute('href', `/sources/${source.id}`);
  });

  it('is linked from the header and the footer, and the home page states the scope in one computed line', async () => {
    renderRoute('/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'About' })).toHaveAttribute('href', '/about');
    expect(screen.getByRole('link', { name: 'How the atlas is made, and its limits' })).toHaveAttribute('href', '/about');
    const scope = scopeSentence(datasetCoverage(indexDataset(realData().dataset)));
    expect(scope).toMatch(/^\d+ records from 5 articles in English, Chinese and Swedish, dated \d{4}–\d{4}, held in \d+ countries\.$/);
    expect(screen.getByText((_, element) => element?.classList.contains('page-header__lede') === true && element.textContent!.includes(scope))).toBeInTheDocument();
  });
});
