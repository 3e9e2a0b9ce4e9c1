/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { datasetPlugin } from './src/tools/build/datasetPlugin.ts';
import { messageCataloguePlugin } from './src/tools/build/messageCataloguePlugin.ts';

// BASE_PATH lets the app be hosted under a sub-path (e.g. /atlas/); every link and asset follows it.
const base = process.env.BASE_PATH ?? '/';

/**
 * React Router's package exports only its development build (remix-run/react-router#14102), whose
 * dev-only warnings end up in the shipped bundle; its production build differs in nothing else.
 */
const reactRouterProduction = [
  { find: /^react-router$/, replacement: import.meta.resolve('react-router').replace('/development/', '/production/') },
  { find: /^react-router\/dom$/, replacement: import.meta.resolve('react-router/dom').replace('/development/', '/production/') },
].map(({ find, replacement }) => ({ find, replacement: new URL(replacement).pathname }));

export default defineConfig(({ command }) => ({
  base,
  plugins: [messageCataloguePlugin(), react(), datasetPlugin({ dataDir: process.env.DATA_DIR ?? 'data' })],
  resolve: { alias: command === 'build' ? reactRouterProduction : [] },
  // Module workers: the timeline worker's rarely needed parts (the script converter) stay separate chunks.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // dist/.vite/manifest.json maps each source module to its chunk: the prerenderer preloads a
    // page's route chunk from it, and the bundle budget (src/tools/check/bundleBudget.ts) measures from it.
    manifest: true,
    // One stylesheet, linked from every page: per-route CSS would arrive only with the route's
    // JavaScript, after the prerendered page had shown unstyled.
    cssCodeSplit: false,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    css: false,
    testTimeout: 20_000,
  },
}));
