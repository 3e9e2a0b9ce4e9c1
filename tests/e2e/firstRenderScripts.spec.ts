import { appOrigins, expect, test } from './fixtures.ts';
import { everyPage } from './everyPage.ts';

/**
 * `npm run budget` counts the scripts a prerendered page's HTML names (module scripts and module preloads)
 * and what they import. A script the browser loads before hydrating that the HTML does not name would be
 * left out of that count, and would arrive late (after the code that asks for it): every one must be preloaded.
 * Pages rendered afresh rather than hydrated (an unknown path's 404.html) are not measured, and not checked.
 */
for (const { name, path } of everyPage.filter((page) => !page.path.includes('?') && !/not found/.test(page.name))) {
  test(`the ${name} page (${path}) names in its HTML every script it loads before hydrating`, async ({ appPage: page, request }) => {
    const html = await (await request.get(`${appOrigins[0]}${path}`)).text();
    expect(html).toContain('data-prerendered-path=');
    const named = new Set([...html.matchAll(/<(?:script type="module"[^>]*\ssrc|link rel="modulepreload"[^>]*\shref)="([^"]+)"/g)].map((match) => match[1]));
    const loaded: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') loaded.push(new URL(request.url()).pathname);
    });
    await page.goto(path);
    await page.waitForFunction(() => Object.keys(document.getElementById('root') ?? {}).some((key) => key.startsWith('_reactListening')));
    const beforeHydration = [...loaded];
    expect(beforeHydration.length).toBeGreaterThan(0);
    expect(beforeHydration.filter((script) => !named.has(script))).toEqual([]);
  });
}
