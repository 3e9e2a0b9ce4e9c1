import { act, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { createMemoryRouter, createStaticHandler, createStaticRouter, RouterProvider, StaticRouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecordTimeline, windowingThreshold } from '../../../src/components/timeline/RecordTimeline.tsx';
import { indexDataset } from '../../../src/domain/dataset/dataset.ts';
import { type TimelineRecord } from '../../../src/domain/dataset/timelineRecord.ts';
import { useDatasetStore } from '../../../src/store/datasetStore.ts';
import { loadLazyComponents, takeRenderedLazyModules } from '../../../src/components/ui/index.ts';
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

  it('keeps the DOM bounded for a long list by rendering a window of it (its code loaded on demand)', async () => {
    // The windowed list's code arrives on demand: its first render suspends until then.
    await act(async () => {
      renderTimeline(manyRecords(5000));
      expect(screen.queryAllByRole('article')).toHaveLength(0);
      await loadLazyComponents();
    });
    const rendered = screen.getAllByRole('article').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(40);
    // Each rendered card says where it is in the whole list.
    const first = screen.getAllByRole('group')[0]!;
    expect(first).toHaveAttribute('aria-posinset', '1');
    expect(first).toHaveAttribute('aria-setsize', '5000');
  });

  it('places the window’s rows from script, with no style attributes in the server-rendered markup', async () => {
    const records = manyRecords(5000);
    await act(async () => {
      renderTimeline(records);
      await loadLazyComponents();
    });
    const region = screen.getByRole('region');
    expect(region.style.position).toBe('relative');
    expect(Number.parseFloat(region.style.height)).toBeGreaterThan(5000 * 100);
    const rows = region.querySelectorAll<HTMLElement>('.timeline__row');
    expect(rows[0]!.style.position).toBe('absolute');
    expect(rows[1]!.style.transform).toMatch(/^translateY\(\d+px\)$/);

    // The prerendered markup: rows that simply flow (a style attribute would break the page's CSP).
    // The prerenderer loads the on-demand components before rendering, and preloads their chunks.
    await loadLazyComponents();
    takeRenderedLazyModules();
    const routes = [{ path: '/', element: <RecordTimeline records={records} /> }];
    const context = await createStaticHandler(routes).query(new Request('http://localhost/'));
    if (context instanceof Response) throw new Error('no static context');
    const html = renderToString(<StaticRouterProvider router={createStaticRouter(routes, context)} context={context} hydrate={false} />);
    expect(html).toContain('timeline__row');
    expect(html).not.toMatch(/\sstyle="/);
    expect(takeRenderedLazyModules()).toEqual(['src/components/timeline/WindowedTimeline.tsx']);
  });
});
