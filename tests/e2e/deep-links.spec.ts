import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** One deep link of each kind, as people share them. */
const pages = [
  { path: '/', h1: 'Timeline', title: 'Timeline · Trade Mission Atlas' },
  { path: '/organisations', h1: 'Organisations', title: 'Organisations · Trade Mission Atlas' },
  { path: '/organisations/kone', h1: 'KONE', title: 'KONE · Trade Mission Atlas' },
  {
    path: '/events/chengdu-nordic-technology-innovation-meeting-2024-11-18',
    h1: 'Chengdu–Europe Industrial Dialogue: China (Chengdu) – Nordic Technology Innovation Cooperation Communication Meeting',
    title: 'Chengdu–Europe Industrial Dialogue: China (Chengdu) – Nordic Technology Innovation Cooperation Communication Meeting · Trade Mission Atlas',
  },
  {
    path: '/delegations/sme2go-shandong-networking-trip',
    h1: 'SME2GO networking trip to Shandong (Weifang, Zhucheng, Rizhao)',
    title: 'SME2GO networking trip to Shandong (Weifang, Zhucheng, Rizhao) · Trade Mission Atlas',
  },
  {
    path: '/agreements/tegnology-tsinghua-sichuan-photovoltaic-preliminary-agreement-2024',
    h1: 'TEGnology – Tsinghua Sichuan Energy Internet Research Institute preliminary agreement on photovoltaic energy technologies',
    title: 'TEGnology – Tsinghua Sichuan Energy Internet Research Institute preliminary agreement on photovoltaic energy technologies · Trade Mission Atlas',
  },
  { path: '/sources', h1: 'Sources', title: 'Sources · Trade Mission Atlas' },
  { path: '/sources/sme2go-shandong-trip', h1: /SME2GO/, title: /SME2GO.* · Trade Mission Atlas$/ },
  { path: '/series/chengdu-europe-culture-season', h1: /Culture Season/, title: /Culture Season.* · Trade Mission Atlas$/ },
];

async function expectHead(page: Page, path: string) {
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(description?.length).toBeGreaterThan(20);
  // Placeholders filled in: the prerenderer writes the head outside Vite, where the catalogues are not compiled for it.
  expect(description).not.toMatch(/[{}]/);
  expect(await page.title()).not.toMatch(/[{}]/);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(new URL(canonical!).pathname).toBe(path);
  expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(await page.title());
  expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toBe(canonical);
  expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary');
}

for (const { path, h1, title } of pages) {
  test(`${path} opened directly on a plain static host loads, with JavaScript`, async ({ appPage: page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
    await expect(page).toHaveTitle(title);
    await expectHead(page, path);
    // Hydrated: client-side navigation works (no full page load).
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
  });

  test(`${path} reads fine with JavaScript off`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
    await expect(page).toHaveTitle(title);
    await expectHead(page, path);
    await context.close();
  });
}

test('a journey shows as a strip, and a series lists its editions, on a plain static host with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto('/events/chengdu-finland-dialogue-2025-12-04');
  expect(response?.status()).toBe(200);
  const journey = page.getByRole('navigation', { name: /Journey/ });
  await expect(journey.getByRole('listitem')).toHaveCount(8);
  await expect(journey.locator('[aria-current="page"]')).toContainText('Finland–Chengdu Cooperation Session');
  await journey.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/delegations\/opening-chengdu-northern-europe-delegation-2025-09$/);
  await expect(page.getByRole('navigation', { name: /Journey/ }).locator('[aria-current="page"]')).toContainText('Opening-Chengdu');
  expect((await page.goto('/series/chengdu-europe-industrial-dialogue'))?.status()).toBe(200);
  await expect(page.getByRole('region', { name: /Editions in the atlas/ }).getByRole('link', { name: /Nordic Technology Innovation/ })).toBeVisible();
  await context.close();
});

test('an unknown path gets the 404 page with status 404', async ({ appPage: page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByText('There is no page at /no/such/page.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the timeline' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
});

test('an unknown organisation id gets status 404, names the id and suggests close matches', async ({ appPage: page }) => {
  const response = await page.goto('/organisations/kone-elevators');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'No organisation “kone-elevators”' })).toBeVisible();
  await expect(page.getByRole('link', { name: /KONE/ }).first()).toHaveAttribute('href', '/organisations/kone');
});

test('a deep link downloads only its own slice of the data', async ({ appPage: page }) => {
  const dataRequests: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/data/')) dataRequests.push(pathname);
  });
  await page.goto('/organisations/kone');
  await expect(page.getByRole('heading', { level: 1, name: 'KONE' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(dataRequests).toEqual(['/data/slices/organisation/kone.json']);
});

test('the JSON-LD of an organisation and of an event parse with the expected types and fields', async ({ request }) => {
  const jsonLd = async (path: string) => {
    const html = await (await request.get(path)).text();
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
    return JSON.parse(script![1]!) as Record<string, unknown>;
  };
  const organisation = await jsonLd('/organisations/vasteras-science-park');
  expect(organisation).toMatchObject({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Västerås Science Park' });
  expect(organisation.url).toMatch(/\/organisations\/vasteras-science-park$/);

  const event = await jsonLd('/events/sino-european-new-economic-online-cooperation-conference-2020');
  expect(event).toMatchObject({
    '@type': 'Event',
    name: '2020 Sino-European New Economic Online Cooperation Conference',
    startDate: '2020-12-21',
    endDate: '2020-12-22',
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    location: { '@type': 'VirtualLocation' },
  });
  expect(event.organizer).toEqual([expect.objectContaining({ '@type': 'Organization', name: 'Chengdu New Economic Development Commission' })]);

  // A date the text gives only to the month stays at month precision.
  const september = await jsonLd('/events/opening-chengdu-finland-business-matchmaking-2025-09');
  expect(september.startDate).toBe('2025-09');
});

test('sitemap.xml lists every page and robots.txt points to it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('<loc>http://localhost:4173/organisations/kone</loc>');
  expect(sitemap).toContain('<loc>http://localhost:4173/sources/sme2go-shandong-trip</loc>');
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap: http://localhost:4173/sitemap.xml');
});
