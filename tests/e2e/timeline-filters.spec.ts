import type { Page } from '@playwright/test';
import { expect, openPage, test, watchForProblems } from './fixtures.ts';
import {
  expectResults,
  facetCheckbox,
  facetCount,
  recordTitles,
  resultCount,
  tickedValues,
  tickFacet,
} from './timelinePage.ts';

test.describe('filtering the timeline and sharing the view', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('country and sector filters narrow the list and the facet counts; the copied link reopens the same view', async ({
    appPage: page,
  }) => {
    await openPage(page, '/');
    const total = await resultCount(page);
    await expectResults(page, total);
    const finland = await facetCount(page, 'Country: took part or took place', 'Finland');
    const healthcareOfAll = await facetCount(page, 'Sector', 'Healthcare and wellness');
    const chinaOfAll = await facetCount(page, 'Country: took part or took place', 'China');
    expect(finland).toBeLessThan(total);

    await tickFacet(page, 'Country: took part or took place', 'Finland');
    await expect(page).toHaveURL(/\/\?country=FI$/);
    // The count next to a value said how many records ticking it would leave.
    await expectResults(page, finland);
    await expect(page.getByText(`${finland} records match`)).toBeVisible();
    const healthcareOfFinland = await facetCount(page, 'Sector', 'Healthcare and wellness');
    expect(healthcareOfFinland).toBeLessThan(healthcareOfAll);
    // Values of the same facet are ORed: their counts do not shrink when a sibling is ticked.
    expect(await facetCount(page, 'Country: took part or took place', 'China')).toBe(chinaOfAll);

    await tickFacet(page, 'Sector', 'Healthcare and wellness');
    await expect(page).toHaveURL(/\/\?country=FI&sector=healthcare$/);
    await expectResults(page, healthcareOfFinland);
    // Facets are ANDed across: China's count now counts healthcare records only.
    const chinaOfHealthcare = await facetCount(page, 'Country: took part or took place', 'China');
    expect(chinaOfHealthcare).toBeLessThan(chinaOfAll);
    expect(await facetCount(page, 'Country: took part or took place', 'Finland')).toBe(healthcareOfFinland);

    const chips = page.getByRole('list', { name: 'Active filters' });
    await expect(chips.getByRole('button', { name: 'Remove filter: Country Finland' })).toBeVisible();
    await expect(chips.getByRole('button', { name: 'Remove filter: Sector Healthcare and wellness' })).toBeVisible();

    const titles = await recordTitles(page);
    const ticked = await tickedValues(page);
    expect(ticked).toEqual([`Finland, ${healthcareOfFinland} records`, `Healthcare and wellness, ${healthcareOfFinland} records`]);

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
    await expect(page.getByText('Link copied to the clipboard')).toBeAttached();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());

    const second = await page.context().newPage();
    const problems = watchForProblems(second);
    await openPage(second, link);
    await expect(second.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
    await expectResults(second, titles.length);
    expect(await recordTitles(second)).toEqual(titles);
    expect(await tickedValues(second)).toEqual(ticked);
    await expect(facetCheckbox(second, 'Country: took part or took place', 'Finland')).toBeChecked();
    await expect(facetCheckbox(second, 'Sector', 'Healthcare and wellness')).toBeChecked();
    await second.close();
    expect(problems).toEqual([]);
  });
});

test('Back restores the previous filters and list, Forward re-applies them', async ({ appPage: page }) => {
  await openPage(page, '/');
  const all = await recordTitles(page);

  await tickFacet(page, 'Country: took part or took place', 'Finland');
  await expectResults(page, await facetCount(page, 'Country: took part or took place', 'Finland'));
  const finland = await recordTitles(page);

  await tickFacet(page, 'Type', 'Agreements');
  await expect(page).toHaveURL(/\/\?type=agreement&country=FI$/);
  await expectResults(page, await facetCount(page, 'Type', 'Agreements'));
  const finnishAgreements = await recordTitles(page);
  expect(finnishAgreements.length).toBeLessThan(finland.length);

  await page.goBack();
  await expect(page).toHaveURL(/\/\?country=FI$/);
  await expect(facetCheckbox(page, 'Type', 'Agreements')).not.toBeChecked();
  await expect(facetCheckbox(page, 'Country: took part or took place', 'Finland')).toBeChecked();
  await expectResults(page, finland.length);
  expect(await recordTitles(page)).toEqual(finland);

  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  expect(await tickedValues(page)).toEqual([]);
  await expectResults(page, all.length);
  expect(await recordTitles(page)).toEqual(all);

  await page.goForward();
  await expect(page).toHaveURL(/\/\?country=FI$/);
  await expectResults(page, finland.length);
  await page.goForward();
  await expect(page).toHaveURL(/\/\?type=agreement&country=FI$/);
  await expect(facetCheckbox(page, 'Type', 'Agreements')).toBeChecked();
  await expectResults(page, finnishAgreements.length);
  expect(await recordTitles(page)).toEqual(finnishAgreements);
});

test('typing a search adds one history entry, not one per keystroke', async ({ appPage: page }) => {
  await openPage(page, '/');
  await tickFacet(page, 'Country: took part or took place', 'Finland');
  await expect(page).toHaveURL(/\/\?country=FI$/);
  const finland = await recordTitles(page);
  const entriesBefore = await page.evaluate(() => history.length);

  const search = page.getByRole('searchbox', { name: 'Search', exact: true });
  await search.pressSequentially('kone', { delay: 60 });
  await expect(page).toHaveURL(/\/\?q=kone&country=FI$/);
  await expectResults(page, 1);
  expect(await page.evaluate(() => history.length)).toBe(entriesBefore + 1);

  // One Back undoes the whole search, not a letter of it.
  await page.goBack();
  await expect(page).toHaveURL(/\/\?country=FI$/);
  await expect(search).toHaveValue('');
  expect(await recordTitles(page)).toEqual(finland);
  await page.goForward();
  await expect(page).toHaveURL(/\/\?q=kone&country=FI$/);
  await expect(search).toHaveValue('kone');
});

test.describe('text search', () => {
  /** Titles of the records an organisation's page lists. */
  async function recordsOf(page: Page, organisation: string): Promise<string[]> {
    await openPage(page, `/organisations/${organisation}`);
    const records = page.getByRole('region', { name: /^Records/ });
    await expect(records.getByRole('article').first()).toBeVisible();
    return records.getByRole('article').getByRole('heading').allTextContents();
  }

  async function search(page: Page, query: string): Promise<string[]> {
    await openPage(page, '/');
    await page.getByRole('searchbox', { name: 'Search', exact: true }).fill(query);
    await expect(page).toHaveURL(`/?q=${encodeURIComponent(query)}`);
    await expect(page.getByText(/records? match(es)?$/)).toBeVisible();
    await expectResults(page, await resultCount(page));
    return recordTitles(page);
  }

  test('“kone” and “通力” both find KONE’s records', async ({ appPage: page }) => {
    const kone = await recordsOf(page, 'kone');
    expect(kone.length).toBeGreaterThan(0);
    const byLatinName = await search(page, 'kone');
    expect(byLatinName).toEqual(expect.arrayContaining(kone));
    const byChineseName = await search(page, '通力');
    expect(byChineseName).toEqual(expect.arrayContaining(kone));
  });

  test('“vasteras” without the accents finds the SME2GO records of Västerås Science Park', async ({ appPage: page }) => {
    const vasteras = await recordsOf(page, 'vasteras-science-park');
    const found = await search(page, 'vasteras');
    expect(found).toEqual(expect.arrayContaining(vasteras));
    expect(found).toContain('SME2GO networking trip to Shandong (Weifang, Zhucheng, Rizhao)');
  });
});
