/**
 * Slices hold references, not copies: every organisation, record and series page of the real data, and every
 * embedded organisation, renders exactly the same HTML from its published slice (the organisations and records
 * it only names or lists as references, its records' series only) as from the whole dataset: every page in
 * English, every fourth also in Chinese (the two languages differ in text, not in what the slice must hold).
 */
import { render, screen } from '@testing-library/react';
import { flushSync } from 'react-dom';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { routes } from '../../src/app/routes.tsx';
import { indexDataset } from '../../src/domain/dataset/dataset.ts';
import { paths } from '../../src/domain/paths.ts';
import { decodeSlice, encodeSlice, isReference } from '../../src/domain/publish/sliceReferences.ts';
import { pageSlice, type SliceKind } from '../../src/domain/publish/slices.ts';
import type { RawDataset } from '../../src/domain/records/types.ts';
import { resetDatasetStore, useDatasetStore } from '../../src/store/datasetStore.ts';
import { realData, realTranslations } from '../support/realData.ts';
import { serveRealDataOverFetch } from '../support/renderRoute.tsx';

const index = indexDataset(realData().dataset);


async function renderFrom(url: string, key: string, slice: RawDataset): Promise<string> {
  resetDatasetStore();
  serveRealDataOverFetch();
  useDatasetStore.setState({ translations: realTranslations() });
  useDatasetStore.getState().addSlice(key, slice);
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const view = render(<RouterProvider router={router} flushSync={(update) => void flushSync(update)} />);
  await screen.findByRole('heading', { level: 1 });
  // React's useId counters run on across renders: the ids differ, not what they link.
  const html = view.container.innerHTML.replace(/_r_[a-z0-9]+_/g, '_r_');
  view.unmount();
  return html;
}

const pages: Array<[SliceKind, string, string]> = [
  ...index.raw.organisations.map((o): [SliceKind, string, string] => ['organisation', o.id, paths.organisation(o.id)]),
  ...index.raw.events.map((e): [SliceKind, string, string] => ['event', e.id, paths.event(e.id)]),
  ...index.raw.delegations.map((d): [SliceKind, string, string] => ['delegation', d.id, paths.delegation(d.id)]),
  ...index.raw.agreements.map((a): [SliceKind, string, string] => ['agreement', a.id, paths.agreement(a.id)]),
  ...index.raw.series.map((s): [SliceKind, string, string] => ['series', s.id, paths.series(s.id)]),
  // The embedded organisation loads the organisation's slice too, and lists its records.
  ...index.raw.organisations.map((o): [SliceKind, string, string] => ['organisation', o.id, paths.embedOrganisation(o.id)]),
];

afterEach(() => resetDatasetStore());

describe('pages rendered from slices with references', () => {
  it('carry references on record and organisation pages of the real data', () => {
    const slice = pageSlice(index, 'event', index.raw.events[0]!.id)!;
    expect(slice.organisations.length).toBeGreaterThan(0);
    expect(slice.organisations.every(isReference)).toBe(true);
  });

  it.each(pages.map((page, i) => [...page, i % 4 === 0] as const))('%s %s renders the same as from the whole dataset (and in Chinese: %s)', async (kind, id, englishPath, chinese) => {
    const key = `${kind}:${id}`;
    const slice = pageSlice(index, kind, id)!;
    // What the browser gets: the published JSON, read back.
    const published = decodeSlice(JSON.parse(JSON.stringify(encodeSlice(slice))));
    for (const url of chinese ? [englishPath, `/zh${englishPath}`] : [englishPath]) {
      const before = await renderFrom(url, key, index.raw);
      const after = await renderFrom(url, key, published);
      expect(after).toBe(before);
    }
  });
});
