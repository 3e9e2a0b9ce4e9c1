import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
/** The two local static servers: the site at /, and the same site built under /atlas/. */
export const appOrigins = [`http://127.0.0.1:${port}`, `http://127.0.0.1:${port + 1}`];

/**
 * Every e2e test fails on a script error, a console error, a request to another host, or a
 * failed request other than a page or a record's data slice (which 404 for unknown ids).
 */
export const test = base.extend<{ appPage: Page }>({
  appPage: async ({ page }, use) => {
    const problems = watchForProblems(page);
    await use(page);
    expect(problems).toEqual([]);
  },
});

/**
 * Collects what makes a page fail (see `test` above) into the returned list, for pages a test
 * opens itself (a second tab, another context); assert it is empty at the end.
 */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    // The browser logs every 404 response; which ones are acceptable is checked below.
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource: the server responded with a status of 404')) {
      problems.push(`console error: ${msg.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && !appOrigins.includes(url.origin)) problems.push(`request to another host: ${request.url()}`);
  });
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    const expected404 = response.request().resourceType() === 'document' || /\/data\/slices\//.test(pathname);
    if (response.status() >= 400 && !(response.status() === 404 && expected404)) {
      problems.push(`HTTP ${response.status()} for ${response.url()}`);
    }
  });
  return problems;
}

export { expect };

/**
 * Opens a path and waits until React has taken over the prerendered HTML: a click before that
 * would land on static markup (a ticked box that filters nothing), which is not what is tested.
 */
export async function openPage(page: Page, path: string) {
  const response = await page.goto(path);
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    return root !== null && Object.keys(root).some((key) => key.startsWith('_reactListening'));
  });
  await page.waitForLoadState('networkidle');
  return response;
}

/** axe with the WCAG 2.x A/AA rules; returns the violations for a readable assertion. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
