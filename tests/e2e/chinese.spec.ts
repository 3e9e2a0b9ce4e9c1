import english from '../../src/domain/i18n/messages.en.json' with { type: 'json' };
import { appOrigins, axeViolations, expect, openPage, test } from './fixtures.ts';
import { pageTypes } from './pageTypes.ts';
import type { Page } from '@playwright/test';

/**
 * English interface messages a Chinese page must not show: every message without placeholders, long
 * enough not to be a name or a code the data itself may hold.
 */
const englishMessages = new Set(Object.keys(english).filter((message) => !message.includes('{') && /[a-z]{3}/.test(message) && message.length >= 5));

/** The page's interface text: everything except passages tagged as another language (data, quotes, names). */
async function interfaceLines(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const element of clone.querySelectorAll('[lang]')) {
      if (!element.getAttribute('lang')!.startsWith('zh-Hans')) element.remove();
    }
    for (const element of clone.querySelectorAll('script, style, .visually-hidden, [hidden]')) element.remove();
    return clone.textContent ?? '';
  });
  return text.split(/\s{2,}|\n/).map((line) => line.trim()).filter(Boolean);
}

for (const { name, path } of pageTypes) {
  const chinesePath = `/zh${path}`;
  test(`the ${name} page in Chinese (${chinesePath}) has lang, title and interface in Chinese, and passes axe`, async ({ appPage: page }) => {
    await openPage(page, chinesePath);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page).toHaveTitle(/经贸代表团图谱$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
    const leftovers = (await interfaceLines(page)).filter((line) => englishMessages.has(line));
    expect(leftovers).toEqual([]);
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
