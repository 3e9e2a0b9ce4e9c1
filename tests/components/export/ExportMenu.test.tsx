import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { revokeDelayMs } from '../../../src/components/export/downloadFile.ts';
import { resetDatasetStore, useDatasetStore } from '../../../src/store/datasetStore.ts';
import { filterRecords } from '../../../src/domain/query/filterRecords.ts';
import { parseTimelineFilters } from '../../../src/domain/query/filters.ts';
import { renderRoute, requestedDataFiles } from '../../support/renderRoute.tsx';

interface Saved {
  name: string;
  href: string;
  blob: Blob;
}

let saved: Saved[];
let blobs: Map<string, Blob>;
const createObjectURL = vi.fn((blob: Blob) => {
  const url = `blob:test/${blobs.size + 1}`;
  blobs.set(url, blob);
  return url;
});
const revokeObjectURL = vi.fn();

beforeEach(() => {
  saved = [];
  blobs = new Map();
  createObjectURL.mockClear();
  revokeObjectURL.mockClear();
  Object.assign(URL, { createObjectURL, revokeObjectURL });
  // jsdom cannot navigate: record what the temporary <a download> would have saved.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, href: this.href, blob: blobs.get(this.href)! });
  });
  vi.useFakeTimers({ shouldAdvanceTime: true });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const user = () => userEvent.setup({ advanceTimers: vi.advanceTimersByTime });

async function openMenu(u: ReturnType<typeof user>) {
  const toggle = await screen.findByRole('button', { name: 'Download' });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await u.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
  // The choices load on first open.
  await within(panel).findByRole('button', { name: 'Download CSV' });
  return panel;
}

describe('ExportMenu on the timeline', () => {
  it('downloads the filtered view as CSV, JSON and iCalendar, revoking each object URL afterwards', async () => {
    renderRoute('/?country=SE');
    const u = user();
    const panel = await openMenu(u);
    const index = useDatasetStore.getState().index!;
    const expected = filterRecords(index.records, parseTimelineFilters('country=SE').filters);

    await u.click(within(panel).getByRole('button', { name: 'Download CSV' }));
    await u.click(within(panel).getByRole('button', { name: 'JSON' }));
    await u.click(within(panel).getByRole('button', { name: 'Calendar (.ics)' }));

    expect(saved.map((s) => s.name)).toEqual(['atlas-se.csv', 'atlas-se.json', 'atlas-se.ics']);
    expect(saved.map((s) => s.blob.type)).toEqual(['text/csv;charset=utf-8', 'application/json', 'text/calendar;charset=utf-8']);

    const csvBytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
    expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Blob.text() decodes UTF-8 and drops the byte-order mark.
    const csv = await saved[0]!.blob.text();
    expect(csv.trimEnd().split('\r\n')).toHaveLength(expected.length + 1);

    const json = JSON.parse(await saved[1]!.blob.text());
    expect(json.count).toBe(expected.length);
    expect(json.filters.countries).toEqual(['SE']);
    expect(json.view).toBe(`${window.location.origin}/?country=SE`);
    expect(json.records.map((r: { id: string }) => r.id)).toEqual(expected.map((r) => r.id));
    expect(json.records[0].url).toMatch(/^https?:\/\/[^/]+\/(events|delegations|agreements)\//);

    const ics = (await saved[2]!.blob.text()).replace(/\r\n /g, '');
    const eventIds = expected.filter((r) => r.type === 'event' && r.date.start !== null).map((r) => `UID:${r.id}@trade-mission-atlas`);
    expect(ics.match(/^UID:.*$/gm)?.join('\n').replace(/\r/g, '')).toBe(eventIds.join('\n'));

    expect(screen.getByText('Downloading atlas-se.ics')).toHaveAttribute('role', 'status');
    expect(revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(revokeDelayMs);
    expect(revokeObjectURL.mock.calls.map((c) => c[0])).toEqual(saved.map((s) => s.href));
  });

  it('says in the panel what the calendar file leaves out, and offers the whole dataset as a link', async () => {
    renderRoute('/?country=SE');
    const panel = await openMenu(user());
    const ics = within(panel).getByRole('button', { name: 'Calendar (.ics)' });
    expect(ics).toHaveAccessibleDescription(/Delegations and agreements are not calendar events and are left out/);
    expect(ics).toHaveAccessibleDescription(/an event dated only to a month or year spans that whole month or year/);
    const dataset = within(panel).getByRole('link', { name: 'Whole dataset (JSON)' });
    expect(dataset).toHaveAttribute('href', '/data/dataset.json');
    expect(dataset).toHaveAttribute('download', 'trade-mission-atlas-dataset.json');
  });

  it('names the file "all" when no filter is set', async () => {
    renderRoute('/');
    const u = user();
    const panel = await openMenu(u);
    await u.click(within(panel).getByRole('button', { name: 'Download CSV' }));
    expect(saved[0]!.name).toBe('atlas-all.csv');
    const rows = (await saved[0]!.blob.text()).trimEnd().split('\r\n');
    expect(rows).toHaveLength(useDatasetStore.getState().index!.records.length + 1);
  });

  it('disables the calendar when the view has no dated event', async () => {
    renderRoute('/?type=agreement');
    const panel = await openMenu(user());
    const ics = within(panel).getByRole('button', { name: 'Calendar (.ics)' });
    expect(ics).toBeDisabled();
    expect(ics).toHaveAccessibleDescription(/None of these records is a dated event/);
    expect(within(panel).getByRole('button', { name: 'Download CSV' })).toBeEnabled();
  });

  it('closes on Escape, returning focus to the toggle', async () => {
    renderRoute('/');
    const u = user();
    const panel = await openMenu(u);
    await u.click(within(panel).getByRole('button', { name: 'JSON' }));
    await u.keyboard('{Escape}');
    const toggle = screen.getByRole('button', { name: 'Download' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();
    expect(toggle).toHaveFocus();
  });
});

describe('ExportMenu on an organisation page', () => {
  it('downloads the organisation’s records, named after it', async () => {
    renderRoute('/organisations/kone');
    const u = user();
    const panel = await openMenu(u);
    expect(panel).toHaveTextContent('KONE’s 1 record, as a file:');
    await u.click(within(panel).getByRole('button', { name: 'Calendar (.ics)' }));
    await u.click(within(panel).getByRole('button', { name: 'JSON' }));
    expect(saved.map((s) => s.name)).toEqual(['atlas-organisation-kone.ics', 'atlas-organisation-kone.json']);
    const ics = (await saved[0]!.blob.text()).replace(/\r\n /g, '');
    expect(ics).toContain('UID:chengdu-finland-dialogue-2025-12-04@trade-mission-atlas');
    expect(ics).toContain('DTSTART;VALUE=DATE:20251204');
    expect(ics).toContain('X-WR-CALNAME:KONE · Trade Mission Atlas');
    const json = JSON.parse(await saved[1]!.blob.text());
    expect(json.organisation).toMatchObject({ id: 'kone', name: 'KONE', names: { 'zh-Hant': '通力' } });
    expect(json.count).toBe(1);
    expect(within(panel).queryByRole('link', { name: /Whole dataset/ })).not.toBeInTheDocument();
  });
  // What each language calls the menu's controls.
  const labels = {
    en: { prefix: '', toggle: 'Download', csv: 'Download CSV', json: 'JSON', ics: 'Calendar (.ics)' },
    zh: { prefix: '/zh', toggle: '下载', csv: '下载 CSV', json: 'JSON', ics: '日历（.ics）' },
  } as const;
  // The time of writing apart: the JSON's "generated" and the calendar's DTSTAMP.
  const withoutTimeOfWriting = (name: string, text: string) =>
    name.endsWith('.json') ? JSON.stringify({ ...JSON.parse(text), generated: null }) : text.replace(/^DTSTAMP:.*$/gm, 'DTSTAMP:');

  it.each(['en', 'zh'] as const)(
    'in %s, fetches the organisation’s records whole only when the menu opens, once, on a page loaded from its slice, and its CSV, JSON and calendar are those written from the whole dataset',
    async (language) => {
      const id = 'business-finland';
      const words = labels[language];
      const exportFiles = async (data: 'preloaded' | 'fetch') => {
        resetDatasetStore();
        saved = [];
        const view = renderRoute(`${words.prefix}/organisations/${id}`, { data });
        const u = user();
        await screen.findByRole('heading', { level: 1 });
        const toggle = await screen.findByRole('button', { name: words.toggle });
        // The page's own slice has the records as cards; their whole copies wait for the menu.
        expect(requestedDataFiles.filter((file) => file.includes('organisation-records'))).toEqual([]);
        await u.click(toggle);
        const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
        for (const format of ['csv', 'json', 'ics'] as const) await u.click(await within(panel).findByRole('button', { name: words[format] }));
        // Closed and opened again: the records are in the store already.
        await u.click(toggle);
        await u.click(toggle);
        await within(panel).findByRole('button', { name: words.json });
        const files = await Promise.all(saved.map(async (file) => [file.name, withoutTimeOfWriting(file.name, await file.blob.text())]));
        const fetched = requestedDataFiles.filter((file) => file.includes('organisation-records'));
        view.unmount();
        return { files, fetched };
      };
      const whole = await exportFiles('preloaded');
      const fromSlice = await exportFiles('fetch');
      expect(whole.fetched).toEqual([]);
      expect(fromSlice.fetched).toEqual([`data/slices/organisation-records/${id}.json`]);
      expect(fromSlice.files.map(([name]) => name)).toEqual([`atlas-organisation-${id}.csv`, `atlas-organisation-${id}.json`, `atlas-organisation-${id}.ics`]);
      const json = JSON.parse(fromSlice.files[1]![1]!);
      expect(json.count).toBeGreaterThan(1);
      expect(json.records.every((r: { summary: string; evidence: unknown[] }) => r.summary.length > 0 && r.evidence.length > 0)).toBe(true);
      expect(fromSlice.files).toEqual(whole.files);
    },
  );

  it('says so when the records cannot be loaded, and tries again when the menu is opened again', async () => {
    resetDatasetStore();
    renderRoute('/organisations/business-finland', { data: 'fetch' });
    await screen.findByRole('heading', { level: 1 });
    const served = vi.mocked(globalThis.fetch).getMockImplementation()!;
    let offline = true;
    vi.mocked(globalThis.fetch).mockImplementation(async (input) =>
      offline && String(input).includes('organisation-records') ? new Response('Unavailable', { status: 503 }) : served(input),
    );
    const u = user();
    const toggle = await screen.findByRole('button', { name: 'Download' });
    await u.click(toggle);
    const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    await within(panel).findByText('The records could not be loaded for download. Check your connection and open the menu again.');
    expect(within(panel).queryByRole('button', { name: 'JSON' })).not.toBeInTheDocument();
    offline = false;
    await u.click(toggle);
    await u.click(toggle);
    await u.click(await within(panel).findByRole('button', { name: 'JSON' }));
    expect(JSON.parse(await saved.at(-1)!.blob.text()).records.every((r: { evidence: unknown[] }) => r.evidence.length > 0)).toBe(true);
  });
});
