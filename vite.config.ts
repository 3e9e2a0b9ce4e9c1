/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { datasetPlugin } from './src/tools/datasetPlugin.ts';

// BASE_PATH lets the app be hosted under a sub-path (e.g. /atlas/); every link and asset follows it.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [react(), datasetPlugin({ dataDir: process.env.DATA_DIR ?? 'data' })],
  build: { target: 'es2022', sourcemap: true },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    css: false,
    testTimeout: 20_000,
  },
});
