import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { appOrigins } from './fixtures.ts';

/**
 * A news site on another origin (another local port) that pastes the atlas's iframe snippet into
 * its page, as a journalist would.
 */
let hostHtml = '';
let host: http.Server;
let hostOrigin = '';

test.beforeAll(async () => {
  host = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news site</title></head><body><h1>Our story</h1>${hostHtml}</body></html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

test('the Embed control gives an iframe snippet that works on another site, and its links open the atlas in a new tab', async ({ page, context }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/?country=FI');
  const toggle = page.getByRole('button', { name: 'Embed', exact: true });
  await toggle.click();
  const snippet = await page.getByLabel('Embed code').inputValue();
  expect(snippet).toMatch(new RegExp(`^<iframe src="${appOrigins[0]}/embed\\?country=FI" title="[^"]+"`));

  hostHtml = snippet;
  await page.goto(`${hostOrigin}/story`);
  expect(new URL(page.url()).origin).not.toBe(appOrigins[0]);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('Finland');
  // No site chrome inside the frame.
  await expect(frame.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  const firstRecord = frame.locator('.embed__link').first();
  const title = (await firstRecord.textContent())!;
  await expect(firstRecord).toHaveAttribute('target', '_blank');

  const [atlasTab] = await Promise.all([context.waitForEvent('page'), firstRecord.click()]);
  await atlasTab.waitForLoadState();
  expect(new URL(atlasTab.url()).origin).toBe(appOrigins[0]);
  await expect(atlasTab.getByRole('heading', { level: 1 })).toHaveText(title);
  // The host page stays where it was.
  expect(new URL(page.url()).origin).toBe(hostOrigin);
  expect(errors).toEqual([]);
});

test('an organisation embeds too, and "Open in the atlas" opens its full page', async ({ page, context }) => {
  hostHtml = `<iframe src="${appOrigins[0]}/embed/organisations/business-finland" title="Business Finland" width="100%" height="500"></iframe>`;
  await page.goto(`${hostOrigin}/org`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Business Finland');
  await expect(frame.locator('.embed__item').first()).toBeVisible();
  const [atlasTab] = await Promise.all([context.waitForEvent('page'), frame.getByRole('link', { name: /Open in the atlas/ }).click()]);
  await atlasTab.waitForLoadState();
  expect(atlasTab.url()).toBe(`${appOrigins[0]}/organisations/business-finland`);
});

test('pages announce their feed, and the Follow control gives its address', async ({ page }) => {
  await page.goto('/organisations/business-finland');
  const feedLink = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(feedLink).toHaveAttribute('href', /\/feeds\/organisations\/business-finland\.xml$/);
  await page.getByRole('button', { name: 'Follow', exact: true }).click();
  await expect(page.getByText(/feed reader/).first()).toBeVisible();
  const address = await page.getByRole('textbox').first().inputValue();
  expect(address).toBe(`${appOrigins[0]}/feeds/organisations/business-finland.xml`);
  const response = await page.request.get(address);
  expect(response.ok()).toBe(true);
  expect(await response.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
});
