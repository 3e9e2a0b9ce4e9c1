/**
 * Lighthouse 12 (its default config: the mobile preset with simulated throttling) on the system
 * Chromium, launched by chrome-launcher with the project's flags plus --headless=new. Nothing is
 * fetched from anywhere but the local site: Chromium's background networking is off, and
 * Lighthouse itself loads only the page under test (and its robots.txt and source maps).
 */
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags } from '../testing/chromium.ts';
import { summariseLighthouse, type LighthouseResult, type LhrLike } from './lighthouseReport.ts';

export interface LighthouseOptions {
  chromePath: string;
  /** Where the full reports (JSON and HTML) are written. */
  reportDir: string;
  /** Name for the report files, e.g. "real-home". */
  name: string;
}

/** One Lighthouse run in a fresh Chromium (own temporary profile). */
export async function runLighthouse(url: string, options: LighthouseOptions & { run: number }): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: options.chromePath,
    chromeFlags: [...chromiumFlags, '--headless=new'],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: ['json', 'html'], logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const lhr = result.lhr as unknown as LhrLike;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    fs.mkdirSync(options.reportDir, { recursive: true });
    const base = path.join(options.reportDir, `${options.name}-${options.run}`);
    const [json, html] = result.report as string[];
    fs.writeFileSync(`${base}.json`, json!);
    fs.writeFileSync(`${base}.html`, html!);
    return summariseLighthouse(lhr, `${base}.html`);
  } finally {
    chrome.kill();
  }
}
