import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecordTimeline, windowingThreshold } from '../../../src/components/timeline/RecordTimeline.tsx';
import { indexDataset } from '../../../src/domain/dataset/dataset.ts';
import { type TimelineRecord } from '../../../src/domain/dataset/timelineRecord.ts';
import { useDatasetStore } from '../../../src/store/datasetStore.ts';
import { realData } from '../../support/realData.ts';

/** n records made from the real ones, each with its own id. */
function manyRecords(n: number): TimelineRecord[] {
  const base = indexDataset(realData().dataset).records;
  return Array.from({ length: n }, (_, i) => ({ ...base[i % base.length]!, id: `${base[i % base.length]!.id}-copy-${i}` }));
}

function renderTimeline(records: TimelineRecord[]) {
  useDatasetStore.getState().setDataset(realData().dataset);
  const router = createMemoryRouter([{ path: '/', element: <RecordTimeline records={records} /> }]);
  return render(<RouterProvider router={router} />);
}

describe('RecordTimeline', () => {
  // jsdom does no layout: give every element the height of a card so the window can be measured.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(160);
    vi.stubGlobal('scrollTo', () => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('renders every record of a short list, so prerendered pages list them all', () => {
    renderTimeline(manyRecords(windowingThreshold));
    expect(screen.getAllByRole('article')).toHaveLength(windowingThreshold);
  });

  it('keeps the DOM bounded for a long list by rendering a window of it', () => {
    renderTimeline(manyRecords(5000));
    const rendered = screen.getAllByRole('article').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(40);
    // Each rendered card says where it is in the whole list.
    const first = screen.getAllByRole('group')[0]!;
    expect(first).toHaveAttribute('aria-posinset', '1');
    expect(first).toHaveAttribute('aria-setsize', '5000');
  });
});
