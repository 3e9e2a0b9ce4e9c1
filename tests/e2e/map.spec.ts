import type { Page } from '@playwright/test';
import { axeViolations, expect, openPage, test } from './fixtures.ts';

const flowsTable = (page: Page) => page.getByRole('table', { name: /country pairs/ });
const worldMap = (page: Page) => page.getByRole('group', { name: /^World map of the flows/ });

test('a map deep link with filters shows those filters, and only delegations in the table', async ({ appPage: page }) => {
  await openPage(page, '/map?type=delegation&by=origin');
  await expect(page.getByRole('heading', { level: 1, name: 'Where missions go' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Remove.*Delegation/ })).toBeVisible();
  const rows = flowsTable(page).getByRole('row');
  await expect(rows.nth(1).getByRole('cell').first()).toHaveText(/Belgium|Australia|China/);
  const count = await rows.count();
  for (let i = 1; i < count; i += 1) {
    await expect(rows.nth(i).getByRole('cell').nth(3)).toHaveText('0');
    await expect(rows.nth(i).getByRole('cell').nth(4)).toHaveText('0');
  }
  await expect(flowsTable(page).getByRole('columnheader', { name: /Origin/ })).toHaveAttribute('aria-sort', 'ascending');
  // Back and Forward step through filter changes.
  await page.getByRole('button', { name: /Remove.*Delegation/ }).click();
  await expect(page).toHaveURL(/\/map\?by=origin$/);
  await page.goBack();
  await expect(page).toHaveURL(/type=delegation/);
  await expect(page.getByRole('button', { name: /Remove.*Delegation/ })).toBeVisible();
});

test('activating an arc opens the timeline filtered to the pair', async ({ appPage: page }) => {
  await openPage(page, '/map');
  const arc = worldMap(page).getByRole('link', { name: /^Finland → China:/ });
  // Arcs cross one another, so a pointer at the middle of this one's box may be over another: send the events to it.
  await arc.dispatchEvent('mouseover');
  await expect(page.locator('.world-map__said')).toHaveText(/^Finland → China: .*records?\)\.$/);
  await arc.dispatchEvent('click');
  await expect(page).toHaveURL(/\/\?origin=FI&host=CN$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Remove filter: From Finland/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Remove filter: In or to China/ })).toBeVisible();
  await expect(page.getByRole('status').first()).toHaveText(/\d+ records? match/);
});

test('a country page works on a bare static host with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto('/countries/IS');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Iceland/);
  await expect(page).toHaveTitle('Iceland · Trade Mission Atlas');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Iceland · Trade Mission Atlas');
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
  expect(jsonLd).toMatchObject({ '@type': 'Country', name: 'Iceland', identifier: 'IS' });
  await expect(worldMap(page)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Records' }).getByRole('article')).toHaveCount(1);
  // The map too is there without JavaScript, and its arcs are plain links.
  await page.goto('/map');
  await expect(worldMap(page).getByRole('link', { name: /^Finland → China:/ })).toHaveAttribute('href', '/?origin=FI&host=CN');
  await context.close();
});

test('the sitemap lists the map and every country page', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/map</loc>');
  expect(sitemap).toContain('/countries/IS</loc>');
  expect(sitemap).toContain('/countries/CN</loc>');
});

test('a country only an organisation comes from has a page: Chiang Mai University links to Thailand', async ({ appPage: page, request }) => {
  await openPage(page, '/organisations/chiang-mai-university');
  await page.getByRole('link', { name: 'Thailand' }).first().click();
  await expect(page).toHaveURL(/\/countries\/TH$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Thailand/);
  await expect(page.getByText('No record in the atlas involves Thailand.', { exact: false })).toBeVisible();
  expect((await request.get('/countries/TH')).status()).toBe(200);
});

test('keyboard only: the table comes first, sorts, and a focused arc says its counts and opens the timeline', async ({ appPage: page }) => {
  await openPage(page, '/map');
  const origin = flowsTable(page).getByRole('link', { name: 'Origin', exact: true });
  await origin.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/by=origin/);
  // Tab order: every table link comes before the first map link.
  const order = await page.evaluate(() => {
    const links = [...document.querySelectorAll('a[href]')];
    const table = document.querySelector('.flows-table');
    const map = document.querySelector('.world-map');
    const lastTable = links.findLastIndex((a) => table?.contains(a));
    const firstMap = links.findIndex((a) => map?.contains(a));
    return { lastTable, firstMap };
  });
  expect(order.lastTable).toBeLessThan(order.firstMap);
  const arc = worldMap(page).getByRole('link', { name: /^Finland → China:/ });
  await arc.focus();
  await expect(page.locator('.world-map__said')).toHaveText(/^Finland → China:/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/\?origin=FI&host=CN$/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the map and the table fit the screen and the country page reads', async ({ appPage: page }) => {
    await openPage(page, '/map');
    await expect(flowsTable(page)).toBeVisible();
    await expect(worldMap(page)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await openPage(page, '/countries/FI');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Finland/);
    const countryOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(countryOverflow).toBeLessThanOrEqual(0);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });
    for (const path of ['/map', '/map?country=-CN&layer=agreements', '/countries/IS', '/countries/CN', '/countries/TH', '/zh/map', '/zh/countries/FI']) {
      test(`axe finds no violations on ${path}`, async ({ appPage: page }) => {
        await openPage(page, path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
