import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { resetDatasetStore } from '../src/store/datasetStore.ts';

afterEach(() => {
  cleanup();
  resetDatasetStore();
  vi.unstubAllGlobals();
});
