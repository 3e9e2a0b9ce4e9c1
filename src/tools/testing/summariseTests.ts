/**
 * Prints one closing line, "N passed, N failed", totalling the Vitest and Playwright
 * JSON reports. A suite whose report is missing (it never ran) counts as one failure.
 */
import fs from 'node:fs';

interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

function read(file: string): unknown | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

export function vitestTotals(report: { numPassedTests: number; numFailedTests: number; numPendingTests?: number; numTodoTests?: number }): Totals {
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0) };
}

export function playwrightTotals(report: { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }): Totals {
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped };
}

const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
const add = (t: Totals) => {
  totals.passed += t.passed;
  totals.failed += t.failed;
  totals.skipped += t.skipped;
};

const vitest = read('test-reports/vitest.json') as Parameters<typeof vitestTotals>[0] | null;
const playwright = read('test-reports/playwright.json') as Parameters<typeof playwrightTotals>[0] | null;
if (vitest) add(vitestTotals(vitest));
else totals.failed += 1;
if (playwright?.stats) add(playwrightTotals(playwright));
else totals.failed += 1;

console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
