/**
 * The timeline at corpus scale in Chromium, without a full corpus build (a 100,000-record build writes gigabytes
 * of page slices and 220,000 pages): the built site of the real data (`dist`) is copied, its `data/timeline/`
 * replaced by the timeline files of a synthetic corpus, and the timeline opened cold with filters in the URL.
 * With a query the app renders afresh instead of hydrating (src/app/main.tsx), so the prerendered page of the
 * real data does not get in the way; a visit to `/` with no query, which hydrates, is not measured here.
 *
 * Per view and load: the time from navigation to the answer's count and a card of the corpus on screen, and the
 * files requested until then, gzip-compressed as a host would serve them.
 *   npx tsx src/tools/bench/timelineColdLoads.ts /tmp/atlas-100k [loads per view]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { indexDataset } from '../../domain/dataset/index.ts';
import { loadScriptConverter } from '../../domain/i18n/index.ts';
import { timelineIndexFiles } from '../build/timelineIndexFiles.ts';
import { validateDataDir } from '../readDataDir.ts';
import { findChromium } from '../testing/chromium.ts';
import { launchChromium } from './browser.ts';
import { firstBenchPort, freePort, serveSite } from './server.ts';

const [dataDir, loadsArg = '3'] = process.argv.slice(2);
if (!dataDir) throw new Error('Usage: tsx src/tools/bench/timelineColdLoads.ts <synthetic data folder> [loads per view]');
const views = ['/?sort=newest', '/?country=FI', '/?type=agreement&sector=clean-energy'];

const site = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-timeline-'));
fs.cpSync('dist', site, { recursive: true });
await loadScriptConverter();
const index = indexDataset(validateDataDir(dataDir).dataset);
fs.rmSync(path.join(site, 'data/timeline'), { recursive: true, force: true });
for (const [file, body] of timelineIndexFiles(index)) {
  fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  fs.writeFileSync(path.join(site, file), body);
}
const gzipOf = (pathname: string) => {
  const file = path.join(site, decodeURIComponent(pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  return fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file)).length : 0;
};

/**
 * Sets window.answeredAt when a card of the corpus is in the DOM: the prerendered cards (of the real data) are
 * tagged as the parser adds them, so the first untagged, loaded card is the app's own render of the answer.
 */
const answerWatcher = `(() => {
  const observer = new MutationObserver(() => {
    const cards = document.querySelectorAll('.record-card');
    if (document.readyState === 'loading') {
      cards.forEach((card) => card.setAttribute('data-prerendered', ''));
      return;
    }
    if (![...cards].some((card) => !card.hasAttribute('data-prerendered') && !card.classList.contains('record-card--loading'))) return;
    window.answeredAt = Date.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

const server = await serveSite(site, await freePort(firstBenchPort));
const browser = await launchChromium(findChromium());
try {
  for (const view of views) {
    for (let load = 0; load < Number(loadsArg); load += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const requests: Array<{ pathname: string; at: number }> = [];
      page.on('request', (request) => requests.push({ pathname: new URL(request.url()).pathname, at: Date.now() }));
      // The moment the answer enters the DOM, seen by a mutation observer in the page: requests issued after it
      // did not delay the answer.
      // A string, not a function: tsx would wrap a function's inner names in a helper the page does not have.
      await page.addInitScript(answerWatcher);
      const started = Date.now();
      await page.goto(`${server.origin}${view}`);
      const answeredAt = (await (await page.waitForFunction(() => (window as unknown as { answeredAt?: number }).answeredAt, null, { timeout: 120_000 })).jsonValue()) as number;
      const answeredMs = answeredAt - started;
      const before = requests.filter((r) => r.at <= answeredAt);
      const data = before.filter((r) => r.pathname.startsWith('/data/'));
      const kb = (list: typeof before) => Math.round(list.reduce((sum, r) => sum + gzipOf(r.pathname), 0) / 1000);
      console.log(`${view}  load ${load + 1}: answer on screen after ${answeredMs} ms; ${before.length} requests, ${kb(before)} KB gzip (data ${kb(data)} KB: ${data.map((r) => path.basename(r.pathname)).join(' ')})`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
  fs.rmSync(site, { recursive: true, force: true });
}
