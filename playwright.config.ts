import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags } from './src/tools/testing/chromium.ts';

// No browser downloads here: Playwright drives the system Chromium (see src/tools/testing/runE2e.ts).
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'test-reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: chromiumFlags,
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } },
  ],
  webServer: [
    {
      // The production build on a plain static file server (no rewrites), as most hosts serve it.
      command: `npx tsx src/tools/testing/staticServer.ts --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The same site built with BASE_PATH=/atlas/ (npm run build:subpath), hosted under that path.
      command: `npx tsx src/tools/testing/staticServer.ts --port ${port + 1} --dir dist-subpath --base /atlas/`,
      url: `http://127.0.0.1:${port + 1}/atlas/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
