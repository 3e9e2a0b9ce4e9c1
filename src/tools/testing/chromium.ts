/**
 * The system Chromium for the end-to-end tests and the browser benchmarks. No browser is ever
 * downloaded: when none is found, they stop with a message that says how to get one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Flags that keep a headless Chromium quiet and local (no sandbox in containers, no background traffic). */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--metrics-recording-only',
  '--mute-audio',
  '--no-default-browser-check',
  // Chromium still makes a few calls of its own (component updater, Google account check) despite
  // the flags above: resolve every host name but localhost to "not found", so nothing leaves the
  // machine. The benchmark loads its sites from 127.0.0.1.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

function playwrightCacheChromium(): string[] {
  const cache = path.join(os.homedir(), '.cache', 'ms-playwright');
  if (!fs.existsSync(cache)) return [];
  return fs
    .readdirSync(cache)
    .filter((d) => d.startsWith('chromium-'))
    .map((d) => path.join(cache, d, 'chrome-linux', 'chrome'));
}

export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  return [
    env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ...playwrightCacheChromium(),
  ].filter((p): p is string => Boolean(p));
}

export interface ChromiumUse {
  /** Who needs it, for the message: "End-to-end tests". */
  who: string;
  /** The command to run again with CHROME_PATH set, and any other way out. */
  command: string;
  alternatives?: string[];
}

const benchUse: ChromiumUse = {
  who: 'The browser benchmarks',
  command: 'npm run bench',
  alternatives: ['  - or leave the browser figures out: npm run bench -- --no-browser --no-lighthouse'],
};

/** The browser to use, or an error that says how to get one (CHROME_PATH must exist when set). */
export function findChromium(env: NodeJS.ProcessEnv = process.env, use: ChromiumUse = benchUse): string {
  if (env.CHROME_PATH && !fs.existsSync(env.CHROME_PATH)) throw new Error(`CHROME_PATH=${env.CHROME_PATH} does not exist.`);
  const candidates = chromiumCandidates(env);
  const found = candidates.find((p) => fs.existsSync(p));
  if (found) return found;
  throw new Error(
    [
      `${use.who} need Chromium or Chrome, and none was found.`,
      `Looked in: ${candidates.join(', ')}`,
      'Fix one of:',
      '  - Debian/Ubuntu: sudo apt-get install chromium',
      '  - any OS:        npx playwright install chromium',
      `  - or point to an existing browser: CHROME_PATH=/path/to/chrome ${use.command}`,
      ...(use.alternatives ?? []),
    ].join('\n'),
  );
}
