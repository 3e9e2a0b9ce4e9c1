/**
 * Runs the Playwright suite against the system Chromium. No browser is downloaded: when none
 * is found, stop with a message that says how to get one — never skip silently.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function playwrightCacheChromium(): string[] {
  const cache = path.join(os.homedir(), '.cache', 'ms-playwright');
  if (!fs.existsSync(cache)) return [];
  return fs
    .readdirSync(cache)
    .filter((d) => d.startsWith('chromium-'))
    .map((d) => path.join(cache, d, 'chrome-linux', 'chrome'));
}

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ...playwrightCacheChromium(),
].filter((p): p is string => Boolean(p));

const browser = candidates.find((p) => fs.existsSync(p));

if (!browser) {
  console.error(
    [
      'End-to-end tests need Chromium or Chrome, and none was found.',
      `Looked in: ${candidates.join(', ')}`,
      'Fix one of:',
      '  - Debian/Ubuntu: sudo apt-get install chromium',
      '  - any OS:        npx playwright install chromium',
      '  - or point to an existing browser: CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}

if (process.env.CHROME_PATH && process.env.CHROME_PATH !== browser) {
  console.error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist.`);
  process.exit(1);
}

console.log(`End-to-end tests use ${browser}`);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: browser },
});
process.exit(result.status ?? 1);
