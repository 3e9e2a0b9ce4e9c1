/**
 * Runs the Playwright suite against the system Chromium. No browser is downloaded: when none
 * is found, stop with a message that says how to get one — never skip silently.
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.ts';

let browser: string;
try {
  browser = findChromium(process.env, { who: 'End-to-end tests', command: 'npm test' });
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

console.log(`End-to-end tests use ${browser}`);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: browser },
});
process.exit(result.status ?? 1);
