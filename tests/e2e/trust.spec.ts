import type { Page } from '@playwright/test';
import { appOrigins, expect, openPage, test } from './fixtures.ts';
import { expectResults, facetCount, tickFacet } from './timelinePage.ts';

/** Issue #17: what a fact-checker, a researcher and a returning reader need. */

async function resultCount(page: Page): Promise<number> {
  const text = await page.locator('.results-toolbar__summary').textContent();
  return Number(text!.match(/\d+/)![0]);
}

test('the status filter lists the signed agreements only, with counts, a chip and the URL', async ({ appPage: page }) => {
  await openPage(page, '/?type=agreement');
  const signed = await facetCount(page, 'Status', 'Signed');
  expect(signed).toBeGreaterThan(0);
  await tickFacet(page, 'Status', 'Signed');
  await expect(page).toHaveURL(/\/\?type=agreement&status=signed$/);
  await expectResults(page, signed);
  await expect(page.getByRole('button', { name: 'Remove filter: Status Signed' })).toBeVisible();
  for (const badge of await page.locator('.record-card').all()) await expect(badge).toContainText('Signed');

  // The download is named for what it holds.
  const toggle = page.getByRole('button', { name: 'Download', exact: true });
  await toggle.click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(file.suggestedFilename()).toBe('atlas-agreements-signed.csv');
});

test('a search for a city finds records that inherit the place from their event', async ({ appPage: page }) => {
  await openPage(page, '/?q=Chengdu');
  await expect(page.getByRole('link', { name: /Planmeca/ }).first()).toBeVisible();
});

test('the country facet says it mixes taking part and taking place', async ({ appPage: page }) => {
  await openPage(page, '/');
  const group = page.getByRole('group', { name: 'Country: took part or took place' });
  await expect(group).toBeVisible();
  await expect(group).toHaveAccessibleDescription(/took place in.*participants came from.*origin and host filters/);
});

test('a date range says how many undated records it leaves out and can include them, in the URL', async ({ appPage: page }) => {
  await openPage(page, '/?from=2024&to=2025');
  const notice = page.getByText(/^The date range leaves out \d+ records? whose sources? do(?:es)? not state the year\.$/);
  await expect(notice).toBeVisible();
  const leftOut = Number((await notice.textContent())!.match(/\d+/)![0]);
  const before = await resultCount(page);
  await page.getByRole('checkbox', { name: 'Include records with no stated year' }).check();
  await expect(page).toHaveURL(/\/\?from=2024&to=2025&undated=include$/);
  await expectResults(page, before + leftOut);
  await expect(notice).toBeHidden();
  await expect(page.getByRole('link', { name: /SME2GO/ }).first()).toBeVisible();
});

test("an agreement page's Related lists the event it came from", async ({ appPage: page }) => {
  await openPage(page, '/agreements/planmeca-west-china-stomatology-talks-2025');
  const related = page.getByRole('region', { name: 'Related records' });
  await expect(related.getByRole('heading', { name: 'The event it came from' })).toBeVisible();
  await expect(related.getByText('No related records in the atlas yet.')).toHaveCount(0);
});

test('cards put a filtered organisation first, open their full participant list, and titles look like links', async ({ appPage: page }) => {
  await openPage(page, '/?org=kone');
  const cards = page.locator('.record-card');
  expect(await cards.count()).toBeGreaterThan(0);
  for (const card of await cards.all()) await expect(card.locator('.record-card__orgs a').first()).toHaveText(/KONE/);
  const more = page.getByRole('button', { name: /^and \d+ more$/ }).first();
  const hidden = Number((await more.textContent())!.match(/\d+/)![0]);
  const list = page.locator(`#${(await more.getAttribute('aria-controls'))!.replace(/:/g, '\\:')}`);
  const shown = await list.locator('a').count();
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(list.locator('a')).toHaveCount(shown + hidden);
  await expect(list.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
  const title = cards.first().locator('.record-card__title a');
  expect(await title.evaluate((a) => getComputedStyle(a).textDecorationLine)).toContain('underline');
});

test('/about states scope and method, counted from the data, and is linked from every page', async ({ appPage: page }) => {
  await openPage(page, '/');
  await expect(page.locator('.page-header__lede')).toContainText(/\d+ records from 5 articles in English, Chinese and Swedish/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About: scope and method' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'How to report an error' })).toBeVisible();
});

for (const [device, viewport, depth] of [
  ['desktop', { width: 1280, height: 900 }, 3000],
  ['phone', { width: 390, height: 844 }, 12000],
] as const) {
  test(`Back and Forward restore the timeline's scroll position (${device})`, async ({ appPage: page }) => {
    await page.setViewportSize(viewport);
    await openPage(page, '/');
    // Hydration runs as a transition and may finish after openPage returns; the router's scroll restoration
    // then puts a fresh page at the top. Scroll once the app marks the page hydrated.
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await page.evaluate((y) => window.scrollTo(0, y), depth);
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 2, depth);
    // A title link well inside the viewport, clear of the sticky header (a click on a covered link
    // would make Playwright scroll first, and the position left would not be the one measured).
    let target = page.locator('.record-card__title a').first();
    for (const candidate of await page.locator('.record-card__title a').all()) {
      const box = await candidate.boundingBox();
      if (box && box.y > 200 && box.y < viewport.height - 150) {
        target = candidate;
        break;
      }
    }
    const y = await page.evaluate(() => window.scrollY);
    await target.click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Timeline');
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeCloseTo(y, -1);
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Timeline');
    await page.goBack();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeCloseTo(y, -1);
  });
}

test('a shared filtered link shows a loading state, never the unfiltered list, until the app is ready', async ({ appPage: page }) => {
  // Hold the app's code back so the prerendered page stays on screen.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await held;
    await route.continue();
  });
  // Not domcontentloaded: that waits for the held module script.
  await page.goto('/?country=FI', { waitUntil: 'commit' });
  await expect(page.locator('html')).toHaveAttribute('data-filtered', '');
  await expect(page.getByText('Loading the filtered results…')).toBeVisible();
  await expect(page.locator('.timeline-layout')).toBeHidden();
  release();
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
  await expect(page.getByText('Loading the filtered results…')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Remove filter: Country Finland' })).toBeVisible();
});

test('with JavaScript off, a filtered link says filtering needs JavaScript above the unfiltered list', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: appOrigins[0] });
  const page = await context.newPage();
  await page.goto('/?country=FI');
  await expect(page.getByText(/^Filtering needs JavaScript\. With JavaScript off, this page shows every record/)).toBeVisible();
  await expect(page.getByText('Loading the filtered results…')).toBeHidden();
  await expect(page.locator('.record-card').first()).toBeVisible();
  expect(await page.locator('.record-card').count()).toBeGreaterThan(50);
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1, name: 'About: scope and method' })).toBeVisible();
  await context.close();
});
