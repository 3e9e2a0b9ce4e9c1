import type { Page } from '@playwright/test';
import { appOrigins, expect, openPage, test } from './fixtures.ts';
import { everyPage as pages } from './everyPage.ts';

/** What the page's Content-Security-Policy blocked, from the moment the document starts loading. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
    });
  });
  const consoleReports: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleReports.push(message.text());
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)), ...consoleReports];
}

for (const { name, path } of pages) {
  test(`the ${name} page (${path}) breaks no rule of its Content-Security-Policy, before and after hydration`, async ({ appPage: page }) => {
    const violations = await recordViolations(page);
    await openPage(page, path);
    // A first interaction renders more (the filter drawer, the next rows): scroll to the end and back.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(100);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await violations()).toEqual([]);
  });
}

test('every page type carries a Content-Security-Policy without unsafe-inline, allowing same-origin workers', async ({ request }) => {
  for (const { path } of pages) {
    const html = await (await request.get(`${appOrigins[0]}${path}`)).text();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(policy, path).toBeDefined();
    expect(policy, path).not.toContain('unsafe');
    expect(policy, path).toMatch(/(^|; )style-src 'self'(;|$)/);
    expect(policy, path).toMatch(/(^|; )worker-src 'self'(;|$)/);
    // Nothing the policy would block is in the prerendered HTML either.
    expect(html, path).not.toMatch(/<[a-z][^>]*\sstyle=/i);
    expect(html, path).not.toMatch(/<style[\s>]/i);
  }
});
