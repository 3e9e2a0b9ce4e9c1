import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { resetDatasetStore } from '../src/store/datasetStore.ts';
import { resetTimelineQueries } from '../src/store/timelineQueries.ts';
import { loadScriptConverter } from '../src/domain/i18n/index.ts';

// As the app does before indexing data: search folds Traditional and Simplified script.
await loadScriptConverter();

// Route loaders are asynchronous; on a loaded 2-core CI machine a page can take over a second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  resetDatasetStore();
  resetTimelineQueries();
  vi.unstubAllGlobals();
});
