import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { indexDataset } from '../../src/domain/dataset/dataset.ts';
import { datasetCoverage, scopeSentence } from '../../src/domain/dataset/coverage.ts';
import { agreementStatusExplanations } from '../../src/domain/records/recordStatus.ts';
import { renderRoute } from '../support/renderRoute.tsx';
import { realData, realTranslations } from '../support/realData.ts';

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

  /** The data files the page requested, by path. */
  const requested = () => vi.mocked(fetch).mock.calls.map(([input]) => String(input));

  it('loads the small coverage file, not the whole corpus', async () => {
    renderRoute('/about', { data: 'fetch' });
    expect(await screen.findByRole('heading', { level: 1, name: 'About: scope and method' })).toBeInTheDocument();
    const figures = screen.getByRole('region', { name: 'What the atlas covers' });
    expect(within(figures).getByText(/^5 articles, in English, Chinese and Swedish/)).toBeInTheDocument();
    expect(within(figures).getByText(/^Records took place in China, .* in the cities of Chengdu/)).toBeInTheDocument();
    expect(requested()).toContain('/data/coverage.json');
    expect(requested().filter((path) => path.endsWith('/dataset.json'))).toEqual([]);
  });

  it('reads in Chinese under /zh/: figures, places, articles and the corrected claims', async () => {
    renderRoute('/zh/about', { data: 'fetch' });
    expect(await screen.findByRole('heading', { level: 1, name: '关于：范围与方法' })).toBeInTheDocument();
    const figures = screen.getByRole('region', { name: '图谱涵盖的范围' });
    expect(within(figures).getByText(/^5 篇文章，语言为英语、中文、瑞典语。/)).toBeInTheDocument();
    expect(within(figures).getByText(/^记录的举行地包括中国、.*城市包括成都/)).toBeInTheDocument();
    // No English left in the Chinese page's own text (article titles keep theirs, marked as our translation or in their language).
    const article = screen.getByRole('article');
    for (const paragraph of article.querySelectorAll('p, li, dd, h1, h2, h3')) {
      if (paragraph.closest('.about-page__sources')) continue;
      expect(paragraph.textContent, paragraph.textContent!).not.toMatch(/\b(?:the|and|of|records?)\b/);
    }
    const translatedTitle = realTranslations().records['sources/sme2go-shandong-trip']!.title!.text;
    expect(screen.getByRole('link', { name: new RegExp(`^${translatedTitle}`) })).toHaveAttribute('href', '/zh/sources/sme2go-shandong-trip');
    expect(screen.getByText(/中文页面显示的是我们对这些英文的翻译/)).toBeInTheDocument();
    expect(requested().filter((path) => path.endsWith('/dataset.json'))).toEqual([]);
  });
});
