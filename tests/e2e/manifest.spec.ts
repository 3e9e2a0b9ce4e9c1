import { appOrigins, expect, test } from './fixtures.ts';

for (const [origin, base] of [
  [appOrigins[0]!, '/'],
  [appOrigins[1]!, '/atlas/'],
] as const) {
  test(`the web app manifest is linked and follows the base path (${base})`, async ({ appPage: page }) => {
    await page.goto(`${origin}${base}organisations/kone`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe(`${base}manifest.webmanifest`);
    await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);

    const manifestUrl = new URL(href!, page.url());
    const response = await page.request.get(manifestUrl.href);
    expect(response.status()).toBe(200);
    const manifest = await response.json();
    expect(manifest).toMatchObject({ name: 'Trade Mission Atlas', display: 'standalone' });
    // Relative to the manifest: the app's root under whatever base it is hosted at.
    expect(new URL(manifest.start_url, manifestUrl).href).toBe(`${origin}${base}`);
    expect(new URL(manifest.scope, manifestUrl).href).toBe(`${origin}${base}`);
    for (const icon of manifest.icons as Array<{ src: string; type: string }>) {
      const file = await page.request.get(new URL(icon.src, manifestUrl).href);
      expect(file.status()).toBe(200);
      expect(file.headers()['content-type']).toContain(icon.type);
    }
  });
}
