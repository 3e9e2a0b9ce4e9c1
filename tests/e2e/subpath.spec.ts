import { expect, test } from './fixtures.ts';

const origin = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 1}`;

test('a build with BASE_PATH=/atlas/ works under that path: pages, links, assets and data', async ({ appPage: page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));

  const response = await page.goto(`${origin}/atlas/organisations/kone`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'KONE' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Show on timeline' })).toHaveAttribute('href', '/atlas?org=kone');

  await page.getByRole('link', { name: 'Show on timeline' }).click();
  await expect(page).toHaveURL(`${origin}/atlas?org=kone`);
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();

  expect(requests.every((path) => path.startsWith('/atlas/'))).toBe(true);
  // The timeline's data under the base path: its page data and the shard of cards on screen.
  expect(requests).toContain('/atlas/data/timeline/page.json');
  expect(requests.some((path) => /^\/atlas\/data\/timeline\/cards-\d+\.[\w-]+\.json$/.test(path))).toBe(true);

  const notFound = await page.goto(`${origin}/atlas/nowhere`);
  expect(notFound?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});
