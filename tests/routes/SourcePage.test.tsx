import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { quoteAnchor } from '../../src/domain/sources/anchors.ts';
import { renderRoute } from '../support/renderRoute.tsx';
import { realTranslations } from '../support/realData.ts';

const path = '/sources/chengdu-finland-dialogue-2025';
const sessionQuote = 'On the afternoon of December 4, at the Business & Innovation Centre for China-Europe Cooperation (CCEC)';

describe('source page', () => {
  it('shows the metadata and the full text, one paragraph per line, images as placeholders', async () => {
    const { container } = renderRoute(path);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/^Chengdu–Finland Cooperation Dialogue/);
    expect(screen.getByText('NetEase Hao')).toBeInTheDocument();
    expect(screen.getByText(/^How we know: The article states no publication date/)).toBeInTheDocument();
    const text = container.querySelector('.article-text')!;
    expect(within(text as HTMLElement).getByText('Origin: The Seeds of the Northern Europe Tour Take Roots in Chengdu').tagName).toBe('P');
    expect(text.textContent).not.toContain('![]()');
    expect(within(text as HTMLElement).getAllByText(/^\[(\d+ )?images?\]$/).length).toBeGreaterThan(0);
  });

  it('highlights supporting passages with the anchors record pages link to', async () => {
    const { container } = renderRoute(path);
    await screen.findByRole('heading', { level: 1 });
    const target = container.querySelector(`#${quoteAnchor(sessionQuote)}`)!;
    expect(target).not.toBeNull();
    const mark = target.closest('mark')!;
    expect(mark.textContent).toContain('On the afternoon of December 4');
  });

  it('links each highlight to the records it supports', async () => {
    const { container } = renderRoute(path);
    await screen.findByRole('heading', { level: 1 });
    const mark = container.querySelector(`#${quoteAnchor(sessionQuote)}`)!.closest('mark')!;
    let refs = mark.nextElementSibling;
    while (refs && refs.tagName !== 'SUP') refs = refs.nextElementSibling;
    const link = within(refs as HTMLElement).getByRole('link', { name: /^\d+: Event: Chengdu–Europe Industrial Dialogue: Finland–Chengdu/ });
    expect(link).toHaveAttribute('href', '/events/chengdu-finland-dialogue-2025-12-04');
  });

  it('tags Chinese paragraphs as zh-Hant in the bilingual article', async () => {
    const { container } = renderRoute(path);
    await screen.findByRole('heading', { level: 1 });
    const paragraphs = [...container.querySelectorAll('.article-text p')];
    const chinese = paragraphs.find((p) => p.textContent?.startsWith('今年9月'));
    const english = paragraphs.find((p) => p.textContent?.startsWith('In September 2025'));
    expect(chinese).toHaveAttribute('lang', 'zh-Hant');
    expect(english).not.toHaveAttribute('lang');
  });

  it('marks a Swedish article as Swedish', async () => {
    const { container } = renderRoute('/sources/sme2go-shandong-trip');
    await screen.findByRole('heading', { level: 1 });
    expect(container.querySelector('.article-text')).toHaveAttribute('lang', 'sv');
  });

  it('gives the passage named in the URL the active style', async () => {
    const { container } = renderRoute(`${path}#${quoteAnchor(sessionQuote)}`);
    await screen.findByRole('heading', { level: 1 });
    const active = [...container.querySelectorAll('mark.is-active')];
    expect(active.length).toBeGreaterThan(0);
    expect(active.map((m) => m.textContent).join('')).toContain('On the afternoon of December 4');
    // Focus moves in an effect after the marks render: under load that is a tick after the heading.
    await waitFor(() => expect(document.activeElement).toBe(active[0]));
  });

  it('lists the records citing the article, grouped by type, each with its reference number', async () => {
    renderRoute(path);
    const citing = await screen.findByRole('region', { name: 'Records citing this article' });
    const headings = within(citing).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      expect.stringMatching(/^Events \(\d+\)$/),
      expect.stringMatching(/^Delegations \(\d+\)$/),
      expect.stringMatching(/^Agreements \(\d+\)$/),
      expect.stringMatching(/^Organisations \(\d+\)$/),
      expect.stringMatching(/^People \(\d+\)$/),
    ]);
    const item = within(citing).getByRole('link', { name: /^Finnish enterprise delegation to Chengdu/ }).closest('li')!;
    expect(item).toHaveTextContent(/Reference \d+/);
    expect(within(item).getByRole('link', { name: /passages? for Finnish enterprise delegation/ }).getAttribute('href')).toMatch(
      /^\/sources\/chengdu-finland-dialogue-2025#q-/,
    );
  });

  it('keeps every anchor when quotes overlap', async () => {
    const { container } = renderRoute('/sources/chengdu-nordic-innovation-meeting-2024');
    await screen.findByRole('heading', { level: 1 });
    const hrefs = [...container.querySelectorAll('.citing a[href*="#q-"]')].map((a) => a.getAttribute('href')!.split('#')[1]!);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const id of hrefs) expect(container.querySelector(`#${id}`), id).not.toBeNull();
  });

  it('says in Chinese under /zh/ how the publication date is known, marked as our translation', async () => {
    renderRoute(`/zh${path}`);
    await screen.findByRole('heading', { level: 1 });
    const ours = realTranslations().records['sources/chengdu-finland-dialogue-2025']!['published.basis']!.text;
    const basis = screen.getByText(ours);
    expect(basis).toHaveAttribute('lang', 'zh-Hans');
    expect(basis.parentElement).toHaveTextContent(/^依据：文章未说明发布日期和作者；.*推断）。\s*译文$/);
    expect(screen.queryByText(/The article states no publication date/)).toBeNull();
  });
});
