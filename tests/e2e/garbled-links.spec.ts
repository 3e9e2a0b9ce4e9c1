import { expect, openPage, test } from './fixtures.ts';
import { expectResults, recordTitles, resultCount } from './timelinePage.ts';

// Malformed percent-encoding included: %E0%A4%A is not a valid UTF-8 escape.
const garbage = '?country=ZZZ&type=spaceship&from=20x5&sort=up&%E0%A4%A=1';

test('the timeline opened with a garbled query renders everything and lists what it ignored', async ({ appPage: page }) => {
  await openPage(page, '/');
  const all = await recordTitles(page);

  const response = await openPage(page, `/${garbage}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
  const notice = page.getByRole('status').filter({ hasText: 'not understood' });
  await expect(notice.getByText('5 parts of this link were not understood and are ignored:')).toBeVisible();
  const items = notice.getByRole('listitem');
  await expect(items).toHaveText([
    'country=ZZZ — not an ISO 3166-1 alpha-2 country code',
    'type=spaceship — not a record type (event, delegation, agreement)',
    'from=20x5 — not a year (YYYY) or month (YYYY-MM)',
    'sort=up — sort is newest or oldest',
    /=1 — unknown parameter$/,
  ]);
  // Nothing of it applied: the unfiltered list, newest first.
  await expect(page.getByText(`All ${all.length} records`)).toBeVisible();
  expect(await recordTitles(page)).toEqual(all);

  await notice.getByRole('button', { name: 'Remove them from the link' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText('not understood')).toHaveCount(0);
});

test('a garbled query keeps the parts that make sense', async ({ appPage: page }) => {
  await openPage(page, '/?country=fi&country=ZZZ&sector=nope&sort=oldest');
  await expect(page.getByRole('status').filter({ hasText: 'not understood' }).getByRole('listitem')).toHaveText([
    'country=ZZZ — not an ISO 3166-1 alpha-2 country code',
    'sector=nope — no such sector',
  ]);
  await expect(page.getByRole('group', { name: 'Country: took part or took place' }).getByRole('checkbox', { name: /^Finland, / })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Oldest first' })).toHaveAttribute('aria-pressed', 'true');
  await expectResults(page, await resultCount(page));
  expect(await resultCount(page)).toBeGreaterThan(0);
});

test('the organisation directory opened with a garbled query renders and lists what it ignored', async ({ appPage: page }) => {
  const response = await openPage(page, `/organisations${garbage}&kind=%E0%A4`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisations');
  const notice = page.getByRole('status').filter({ hasText: 'not understood' });
  await expect(notice.getByText('6 parts of this link were not understood and are ignored:')).toBeVisible();
  await expect(notice.getByRole('listitem')).toHaveText([
    'country=ZZZ — not an ISO 3166-1 alpha-2 country code',
    'type=spaceship — unknown parameter',
    'from=20x5 — unknown parameter',
    'sort=up — sort is name or records',
    /=1 — unknown parameter$/,
    /^kind=.* — no such kind of organisation$/,
  ]);
  // The full directory, unfiltered, still works.
  await expect(page.getByText(/^\d+ organisations$/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'KONE', exact: true })).toBeVisible();
  await page.getByLabel('Search by name').fill('kone');
  await expect(page.getByText(/^\d+ of \d+ organisations match$/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'KONE', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Västerås Science Park' })).toHaveCount(0);
});

test('garbled ids and queries on record pages do not crash them', async ({ appPage: page }) => {
  const response = await openPage(page, '/organisations/%E0%A4%A?x=%E0%A4%A');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^No organisation|^Page not found$/);

  await openPage(page, '/organisations/kone?%E0%A4%A=1&q=zzz');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('KONE');
});
