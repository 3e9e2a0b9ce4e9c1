import { axeViolations, expect, test } from './fixtures.ts';

test('an organisation deep link typed into the address bar loads its page', async ({ appPage: page }) => {
  await page.goto('/organisations/kone');
  await expect(page.getByRole('heading', { level: 1, name: 'KONE' })).toBeVisible();
  await expect(page).toHaveTitle('KONE · Trade Mission Atlas');
  await expect(page.getByText('通力').first()).toBeVisible();
  const records = page.getByRole('region', { name: /Records/ });
  await expect(records.getByRole('link', { name: /Finland–Chengdu Cooperation Session/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('"Show on timeline" opens the timeline filtered to the organisation', async ({ appPage: page }) => {
  await page.goto('/organisations/kone');
  await page.getByRole('link', { name: 'Show on timeline' }).click();
  await expect(page).toHaveURL(/\/\?org=kone$/);
});

test('the directory filters by search and keeps the filter in the URL', async ({ appPage: page }) => {
  await page.goto('/organisations');
  await page.getByLabel('Search by name').fill('vasteras');
  await expect(page).toHaveURL(/\/organisations\?q=vasteras$/);
  await expect(page.getByRole('link', { name: 'Västerås Science Park' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Search by name')).toHaveValue('vasteras');
  await expect(page.getByRole('link', { name: 'Västerås Science Park' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
