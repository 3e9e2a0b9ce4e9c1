import english from '../../src/domain/i18n/messages.en.json' with { type: 'json' };
import chinese from '../../src/domain/i18n/messages.zh-Hans.json' with { type: 'json' };
import { appOrigins, axeViolations, expect, openPage, test } from './fixtures.ts';
import { pageTypes } from './pageTypes.ts';
import { textComparator } from '../../src/domain/i18n/collation.ts';
import type { Page } from '@playwright/test';


/**
 * Every page type under /zh/: the shared list, plus the map, a country, the About page and both embeds
 * (pages the other specs reach by other routes).
 */
const chinesePageTypes = [
  ...pageTypes,
  { name: 'map', path: '/map?origin=FI' },
  { name: 'country', path: '/countries/FI' },
  { name: 'about', path: '/about' },
  { name: 'embedded timeline', path: '/embed?country=FI' },
  { name: 'embedded organisation', path: '/embed/organisations/kone' },
] as const;

/** English interface messages whose Chinese differs (not "JSON" or "CSV"): none may be shown on a Chinese page. */
const englishMessages = Object.keys(english).filter((message) => (chinese as Record<string, string>)[message] !== message && /[A-Za-z]{2}/.test(message));

/**
 * Where English (or Swedish) is right on a Chinese page: quotes and the article text keep their own
 * language, glosses are the article's or our English, names are shown as printed, the date's and the
 * publication date's "how we know" notes are translated only where the translations file has them, and
 * the language switch names English in English.
 */
const ownLanguageAllowed = [
  'blockquote',
  '.article-text',
  '.evidence__gloss',
  '.evidence__cleaned',
  '.native-name',
  '.native-names',
  '.source-original-title',
  '.person__name',
  '.person-name',
  '.organisation__people-name',
  '.date-basis',
  '.fact-note',
  '.language-switch',
].join(', ');

/**
 * What on the page is still English: text or labels equal to an English message, text tagged as
 * another language outside the places above (our English shown for want of a translation), and English
 * prose (two lower-case words in a row) in Chinese text, leaving out “quoted” words.
 */
async function englishLeftovers(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ messages, allowed }) => {
      const isMessage = new Set(messages);
      const prose = /\b[a-z]{3,}\s+[a-z]{2,}\b/;
      const found: string[] = [];
      const check = (text: string, where: Element, what: string) => {
        const clean = text.replace(/\s+/g, ' ').trim();
        if (clean === '' || where.closest(allowed)) return;
        const lang = where.closest('[lang]')?.getAttribute('lang') ?? '';
        if (!lang.startsWith('zh')) found.push(`${what} in lang="${lang}": ${clean}`);
        else if (isMessage.has(clean)) found.push(`${what} is an English message: ${clean}`);
        else if (lang === 'zh-Hans' && prose.test(clean.replace(/“[^”]*”|"[^"]*"|‘[^’]*’/g, ''))) found.push(`${what} reads as English: ${clean}`);
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (parent.closest('script, style, noscript')) continue;
        check(node.textContent ?? '', parent, 'text');
      }
      for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
        for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) {
          const value = element.getAttribute(attribute);
          if (value !== null) check(value, element, attribute);
        }
      }
      check(document.title, document.documentElement, 'document title');
      return [...new Set(found)];
    },
    { messages: englishMessages, allowed: ownLanguageAllowed },
  );
}

for (const { name, path } of chinesePageTypes) {
  const chinesePath = `/zh${path}`;
  const embedded = path.startsWith('/embed');
  test(`the ${name} page in Chinese (${chinesePath}) has lang, title and interface in Chinese, and passes axe`, async ({ appPage: page }) => {
    // Reading every text node and label of a long list takes a while on a busy machine.
    test.setTimeout(120_000);
    await openPage(page, chinesePath);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page).toHaveTitle(/经贸代表团图谱$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    if (!embedded) await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
    expect(await englishLeftovers(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('every prerendered page names its other language with reciprocal absolute hreflang links and x-default', async ({ request }) => {
  for (const path of ['/organisations/kone', '/zh/organisations/kone']) {
    const html = await (await request.get(`${appOrigins[0]}${path}`)).text();
    const links = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map(([, lang, href]) => `${lang} ${new URL(href!).pathname}`);
    expect(links).toEqual(['en /organisations/kone', 'zh-Hans /zh/organisations/kone', 'x-default /organisations/kone']);
  }
});

test('the language switch keeps the page and its filters, both ways', async ({ appPage: page }) => {
  await openPage(page, '/?country=FI&sector=healthcare');
  const englishSummary = await page.locator('.results-toolbar__summary').textContent();
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/\/zh\/\?country=FI&sector=healthcare$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('.results-toolbar__summary')).toContainText('条记录匹配');
  expect(englishSummary).toMatch(/match/);
  await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/:\d+\/\?country=FI&sector=healthcare$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

for (const [query, expected] of [
  ['华西', '華西'],
  ['芬兰', '芬蘭'],
] as const) {
  test(`searching for ${query} finds the records that say ${expected}, in both interfaces`, async ({ appPage: page }) => {
    await openPage(page, `/zh/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('.results-toolbar__summary')).toContainText('条记录匹配');
    await expect(page.locator('.record-card').first()).toBeVisible();
    await openPage(page, `/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('.results-toolbar__summary')).toContainText(/match/);
    await expect(page.locator('.record-card').first()).toBeVisible();
  });
}

test('the organisation picker finds 華西 organisations from 华西', async ({ appPage: page }) => {
  await openPage(page, '/zh/');
  await page.getByLabel('查找机构').fill('华西');
  await expect(page.locator('.org-picker__status')).toContainText('找到');
});

test('a Chinese page works under a base path', async ({ appPage: page }) => {
  await openPage(page, `${appOrigins[1]}/atlas/zh/sources`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('来源');
  await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`${appOrigins[1]}/atlas/sources`);
});

test('the Chinese directory and facets are in the same order prerendered and hydrated, by the Chinese names', async ({ appPage: page, request }) => {
  const ids = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!);
  const rowLink = /class="directory-row__name"><a href="\/zh\/organisations\/([^"]+)"/g;
  const prerendered = ids(await (await request.get(`${appOrigins[0]}/zh/organisations`)).text(), rowLink);
  await openPage(page, '/zh/organisations');
  const rows = page.locator('.directory-row__name > a');
  const hydrated = (await rows.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))).map((href) => href.replace('/zh/organisations/', ''));
  expect(hydrated).toEqual(prerendered);
  const names = await rows.evaluateAll((links) => links.map((a) => (a.querySelector('[lang]')?.firstChild ?? a).textContent!.trim()));
  expect(names).toEqual([...names].sort(textComparator('zh-Hans')));
  expect(names.findIndex((name) => /^[\u4e00-\u9fff]/.test(name))).toBeGreaterThan(0);

  // Every facet option, by its label ("芬兰，25 条记录"), in page order.
  const facetOptions = (html: string) => ids(html, /<input type="checkbox" aria-label="([^"]+)"/g);
  const prerenderedFacets = facetOptions(await (await request.get(`${appOrigins[0]}/zh/`)).text());
  await openPage(page, '/zh/');
  expect(prerenderedFacets.some((label) => label.startsWith('芬兰'))).toBe(true);
  expect(facetOptions(await page.content())).toEqual(prerenderedFacets);
});

test('with JavaScript off, an unknown path under /zh/ gets the Chinese not-found page from a plain static host, with status 404', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [path, lang, heading] of [
    ['/zh/no/such/page', 'zh-Hans', /找不到/],
    ['/no/such/page', 'en', /Page not found/],
  ] as const) {
    const response = await page.goto(path);
    expect(response!.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  await context.close();
});
