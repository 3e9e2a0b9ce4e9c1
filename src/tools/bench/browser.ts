/**
 * Browser measurements with Playwright on the system Chromium (headless):
 *
 * - Cold loads of the timeline (`/`): each in a new browser context (empty HTTP cache), times
 *   from navigation start taken in the page itself (PerformanceObserver for paint, LCP, element
 *   timing and long tasks; a MutationObserver and animation frames for the first card; a poll of
 *   the React root for hydration), then a click on a filter timed until its answer is painted.
 * - The bytes a cold deep link to one organisation's page transfers, from CDP Network events.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumFlags } from '../testing/chromium.ts';
import { summariseBytes, type ByteSummary, type TimelineLoad, type TransferredResource } from './browserStats.ts';

export const viewport = { width: 1280, height: 900 };

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: chromiumFlags });
}

/**
 * Runs in the page before any of its scripts (Playwright init script), in plain JS.
 * Everything is recorded in window.__bench as performance.now() values (ms since navigation start).
 */
const instrumentation = `(() => {
  if (window.top !== window) return;
  const b = (window.__bench = {
    fcp: null, lcp: null, firstCardInDom: null, firstCardFrame: null, elementTimes: [], longTasks: [],
    hydrated: null, hydrationSignal: null, reactCommitted: null, summaryText: null, clickAt: null, answeredAt: null, answeredPainted: null,
  });
  const observe = (type, fn) => {
    try { new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true }); } catch (e) {}
  };
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') b.fcp = e.startTime; });
  observe('largest-contentful-paint', (e) => { b.lcp = e.renderTime || e.startTime; });
  observe('element', (e) => { if (e.identifier === 'bench-first-card') b.elementTimes.push(e.renderTime || e.loadTime || e.startTime); });
  observe('longtask', (e) => { b.longTasks.push([e.startTime, e.duration]); });

  // The first timeline card: when it enters the DOM (parser or React) it is tagged for Element Timing
  // before its first paint (mutation callbacks run before the next rendering step).
  const tagCard = () => {
    const card = document.querySelector('.record-card');
    if (!card) return false;
    b.firstCardInDom = performance.now();
    for (const el of [card, card.querySelector('.record-card__title'), card.querySelector('.record-card__title a')]) {
      if (el) el.setAttribute('elementtiming', 'bench-first-card');
    }
    return true;
  };
  const cardObserver = new MutationObserver(() => { if (tagCard()) cardObserver.disconnect(); });
  cardObserver.observe(document, { childList: true, subtree: true });
  // Fallback for the paint time: the first animation frame with a card inside the viewport.
  const frame = () => {
    const card = document.querySelector('.record-card');
    if (card) {
      const r = card.getBoundingClientRect();
      if (r.width > 0 && r.bottom > 0 && r.top < innerHeight) { b.firstCardFrame = performance.now(); return; }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  // Hydration: the app's own marker (<html data-hydrated>, set by RootLayout once mounted; also
  // data-ready="true" or either on #root). For an app without one, React's root fiber is watched
  // too: committed (has a child) and no longer dehydrated; it is used when no marker follows.
  const marked = () => [document.documentElement, document.getElementById('root')].some(
    (el) => el && (el.hasAttribute('data-hydrated') || el.getAttribute('data-ready') === 'true'));
  const reactCommitted = () => {
    const root = document.getElementById('root');
    if (!root) return false;
    const key = Object.keys(root).find((k) => k.startsWith('__reactContainer$'));
    const current = key && root[key] && root[key].stateNode && root[key].stateNode.current;
    return Boolean(current && current.child && !(current.memoizedState && current.memoizedState.isDehydrated));
  };
  const poll = setInterval(() => {
    if (b.reactCommitted === null && reactCommitted()) b.reactCommitted = performance.now();
    if (marked()) { b.hydrated = performance.now(); b.hydrationSignal = 'data-hydrated'; clearInterval(poll); }
    else if (b.reactCommitted !== null && performance.now() - b.reactCommitted > 2000) {
      b.hydrated = b.reactCommitted; b.hydrationSignal = 'react-root'; clearInterval(poll);
    }
  }, 10);

  // A filter click: from its pointerdown to the summary line changing, then to the frame after.
  addEventListener('pointerdown', () => {
    if (b.clickAt !== null) return;
    b.clickAt = performance.now();
    const summary = () => (document.querySelector('.results-toolbar__summary') || {}).textContent;
    const before = b.summaryText;
    const check = () => {
      if (b.answeredAt !== null || summary() === before) return;
      b.answeredAt = performance.now();
      requestAnimationFrame(() => setTimeout(() => { b.answeredPainted = performance.now(); }, 0));
    };
    new MutationObserver(check).observe(document.getElementById('root'), { childList: true, subtree: true, characterData: true });
  }, true);
})();`;

interface PageBench {
  fcp: number | null;
  lcp: number | null;
  firstCardInDom: number | null;
  firstCardFrame: number | null;
  elementTimes: number[];
  longTasks: Array<[number, number]>;
  hydrated: number | null;
  hydrationSignal: 'data-hydrated' | 'react-root' | null;
  clickAt: number | null;
  answeredAt: number | null;
  answeredPainted: number | null;
}

const readBench = (page: Page) => page.evaluate(() => (window as unknown as { __bench: PageBench }).__bench);

async function withContext<T>(browser: Browser, fn: (context: BrowserContext, page: Page, errors: string[]) => Promise<T>): Promise<T> {
  // A new context per load: its own empty HTTP cache, so every load is cold.
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  try {
    return await fn(context, page, errors);
  } finally {
    await context.close();
  }
}

/** The word typed into the timeline's search box, a key every 120 ms (a brisk typist). */
export const typedWord = 'energy';

/**
 * Types `typedWord` into the page's first search box and returns the longest main-thread task from the first
 * key until a second after the last (the page answers as the user types); null when there is no search box.
 */
async function typingLongestTask(page: Page): Promise<number | null> {
  const box = page.locator('main input[type="search"], input[type="search"]').first();
  if ((await box.count()) === 0) return null;
  await box.click();
  const started = await page.evaluate(() => performance.now());
  await box.pressSequentially(typedWord, { delay: 120 });
  await page.waitForTimeout(1000);
  const tasks = (await readBench(page)).longTasks.filter(([start]) => start >= started);
  return tasks.reduce((max, [, duration]) => Math.max(max, duration), 0);
}

/** One cold load of the timeline at `url`, then a filter click as soon as the page is seen hydrated, then typing a search. */
export async function timelineColdLoad(browser: Browser, url: string, options: { timeoutMs?: number } = {}): Promise<TimelineLoad> {
  const timeout = options.timeoutMs ?? 300_000;
  return withContext(browser, async (_context, page, errors) => {
    await page.addInitScript({ content: instrumentation });
    await page.goto(url, { waitUntil: 'commit', timeout });
    await page.waitForFunction(() => (window as unknown as { __bench?: PageBench }).__bench?.hydrated != null, null, { timeout, polling: 50 });
    const checkbox = page.locator('.filter-panel input[type="checkbox"]').first();
    await page.evaluate(() => {
      const b = (window as unknown as { __bench: PageBench & { summaryText: string | null } }).__bench;
      b.summaryText = document.querySelector('.results-toolbar__summary')?.textContent ?? null;
    });
    await checkbox.click({ timeout });
    await page.waitForFunction(() => (window as unknown as { __bench: PageBench }).__bench.answeredPainted !== null, null, { timeout: 120_000, polling: 50 });
    const b = await readBench(page);
    const typingLongestTaskMs = await typingLongestTask(page);
    const resources = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const dataset = entries.find((e) => new URL(e.name).pathname.endsWith('/data/dataset.json'));
      return {
        transferred: (navigation?.transferSize ?? 0) + entries.reduce((sum, e) => sum + e.transferSize, 0),
        datasetLoaded: dataset ? dataset.responseEnd : null,
        datasetBytes: dataset ? dataset.encodedBodySize : null,
      };
    });
    const end = b.answeredPainted ?? Number.POSITIVE_INFINITY;
    const tasks = b.longTasks.filter(([start]) => start < end);
    const paintTimes = [...b.elementTimes, ...(b.firstCardFrame !== null ? [b.firstCardFrame] : [])];
    return {
      fcp: b.fcp,
      firstCardInDom: b.firstCardInDom,
      firstCardPainted: b.elementTimes.length > 0 ? Math.min(...b.elementTimes) : paintTimes.length > 0 ? Math.min(...paintTimes) : null,
      firstCardSignal: b.elementTimes.length > 0 ? 'element-timing' : b.firstCardFrame !== null ? 'animation-frame' : null,
      lcp: b.lcp,
      datasetLoaded: resources.datasetLoaded,
      datasetBytes: resources.datasetBytes,
      hydrated: b.hydrated,
      hydrationSignal: b.hydrationSignal,
      filterClicked: b.clickAt,
      filterAnswered: b.answeredPainted,
      totalBlockingMs: tasks.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
      longestTaskMs: tasks.reduce((max, [, duration]) => Math.max(max, duration), 0),
      typingLongestTaskMs,
      transferred: resources.transferred,
      errors,
    };
  });
}

export interface PageBytes {
  url: string;
  /** HTTP status of the document (a static host without rewrites answers an unprerendered page with 404.html). */
  documentStatus: number | null;
  /** The page's <h1> once rendered, to show the right page was measured. */
  heading: string | null;
  resources: TransferredResource[];
  summary: ByteSummary;
  /** Whether the whole dataset (data/dataset.json) was downloaded. */
  downloadedWholeDataset: boolean;
  errors: string[];
}

/** Everything a cold load of `url` transfers until the network is idle and the page has its <h1>. */
export async function pageBytes(browser: Browser, url: string, options: { timeoutMs?: number } = {}): Promise<PageBytes> {
  const timeout = options.timeoutMs ?? 120_000;
  return withContext(browser, async (context, page, errors) => {
    const cdp = await context.newCDPSession(page);
    // Buffers big enough to read back a 100k site's largest slice (Chromium keeps 10 MB per resource by default).
    await cdp.send('Network.enable', { maxTotalBufferSize: 400_000_000, maxResourceBufferSize: 200_000_000 });
    const requests = new Map<string, { url: string; status: number; mimeType: string; cdpType: string; transferred?: number }>();
    cdp.on('Network.responseReceived', (event) => {
      requests.set(event.requestId, { url: event.response.url, status: event.response.status, mimeType: event.response.mimeType, cdpType: event.type });
    });
    cdp.on('Network.loadingFinished', (event) => {
      const request = requests.get(event.requestId);
      if (request) request.transferred = event.encodedDataLength;
    });
    cdp.on('Network.loadingFailed', (event) => {
      const request = requests.get(event.requestId);
      errors.push(`failed to load ${request?.url ?? event.requestId}: ${event.errorText}`);
    });
    const response = await page.goto(url, { waitUntil: 'load', timeout });
    await page.waitForLoadState('networkidle', { timeout });
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent, null, { timeout });
    await page.waitForTimeout(300);
    const heading = await page.evaluate(() => document.querySelector('main h1')?.textContent ?? null);
    const resources: TransferredResource[] = [];
    for (const [requestId, request] of requests) {
      if (!request.url.startsWith('http') || request.transferred === undefined) continue;
      let body = 0;
      let gzip: number | undefined;
      try {
        const { body: text, base64Encoded } = (await cdp.send('Network.getResponseBody', { requestId })) as { body: string; base64Encoded: boolean };
        const bytes = Buffer.from(text, base64Encoded ? 'base64' : 'utf8');
        body = bytes.length;
        gzip = gzipSync(bytes, { level: 6 }).length;
      } catch {
        // No body kept (e.g. a redirect): count the bytes on the wire only.
      }
      resources.push({ url: request.url, status: request.status, mimeType: request.mimeType, cdpType: request.cdpType, transferred: request.transferred, body, ...(gzip !== undefined ? { gzip } : {}) });
    }
    const documentStatus = response?.status() ?? null;
    // The 404 of an unprerendered page's document is reported below; the console's copy of it is noise.
    const expected404 = documentStatus === 404 ? errors.findIndex((e) => /status of 404/.test(e)) : -1;
    if (expected404 >= 0) errors.splice(expected404, 1);
    return {
      url,
      documentStatus,
      heading: heading?.trim() ?? null,
      resources,
      summary: summariseBytes(resources),
      downloadedWholeDataset: resources.some((r) => new URL(r.url).pathname.endsWith('/data/dataset.json')),
      errors,
    };
  });
}
