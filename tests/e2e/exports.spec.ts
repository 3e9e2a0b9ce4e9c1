import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { parseQuotedCsv } from '../support/parseCsv.ts';
import { appOrigins, axeViolations, expect, openPage, test } from './fixtures.ts';

interface Downloaded {
  name: string;
  bytes: Buffer;
  text: string;
}

/** Click a control and read the file the browser saves (a real download, CSP and all). */
async function download(page: Page, control: Locator): Promise<Downloaded> {
  const [file] = await Promise.all([page.waitForEvent('download'), control.click()]);
  expect(await file.failure()).toBeNull();
  const bytes = fs.readFileSync(await file.path());
  return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8').replace(/^\uFEFF/, '') };
}

async function openDownloads(page: Page): Promise<Locator> {
  // The prerendered button does nothing until the app has hydrated: a click before that is lost.
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  const toggle = page.getByRole('button', { name: 'Download', exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return page.locator(`#${(await toggle.getAttribute('aria-controls'))!.replace(/:/g, '\\:')}`);
}

function csvObjects(file: Downloaded): Array<Record<string, string>> {
  // RFC 4180 with a UTF-8 byte-order mark, so spreadsheets read 通力 and Västerås correctly.
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseQuotedCsv(file.text);
  return rows.map((row) => Object.fromEntries(header!.map((column, i) => [column, row[i]!])));
}

function calendarEvents(file: Downloaded) {
  expect(file.text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  const calendar = new ICAL.Component(ICAL.parse(file.text));
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

test('the timeline downloads its filtered view (?country=SE) as CSV, JSON and iCalendar', async ({ appPage: page }) => {
  await page.goto('/?country=SE');
  const summary = await page.getByText(/^\d+ records? match/).textContent();
  const shown = Number(summary!.match(/^\d+/)![0]);
  const panel = await openDownloads(page);
  expect(await axeViolations(page)).toEqual([]);

  const csv = await download(page, panel.getByRole('button', { name: 'Download CSV' }));
  expect(csv.name).toBe('atlas-se.csv');
  const rows = csvObjects(csv);
  expect(rows).toHaveLength(shown);
  for (const row of rows) {
    expect(row.countries!.split('; ')).toContain('SE');
    expect(row.country_names).toContain('Sweden');
    expect(row.url).toBe(`${appOrigins[0]}/${row.type}s/${row.id}`);
  }

  const json = await download(page, panel.getByRole('button', { name: 'JSON' }));
  expect(json.name).toBe('atlas-se.json');
  const data = JSON.parse(json.text);
  expect(data.view).toBe(`${appOrigins[0]}/?country=SE`);
  expect(data.filters.countries).toEqual(['SE']);
  expect(data.count).toBe(shown);
  expect(data.records.map((r: { id: string }) => r.id)).toEqual(rows.map((r) => r.id));

  const ics = await download(page, panel.getByRole('button', { name: 'Calendar (.ics)' }));
  expect(ics.name).toBe('atlas-se.ics');
  const events = calendarEvents(ics);
  const datedEvents = data.records.filter((r: { type: string; date: { start: string | null } }) => r.type === 'event' && r.date.start);
  expect(events.map((e) => e.uid)).toEqual(datedEvents.map((r: { id: string }) => `${r.id}@trade-mission-atlas`));
  for (const [i, event] of events.entries()) {
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString().slice(0, datedEvents[i].date.start.length)).toBe(datedEvents[i].date.start);
  }
});

test('the timeline offers the whole dataset as one JSON file', async ({ appPage: page }) => {
  await page.goto('/');
  const panel = await openDownloads(page);
  const file = await download(page, panel.getByRole('link', { name: 'Whole dataset (JSON)' }));
  expect(file.name).toBe('trade-mission-atlas-dataset.json');
  const dataset = JSON.parse(file.text);
  expect(Object.keys(dataset).sort()).toEqual(['agreements', 'delegations', 'events', 'glosses', 'organisations', 'people', 'sectors', 'series', 'sources']);
  expect(dataset.organisations.some((o: { id: string }) => o.id === 'kone')).toBe(true);
});

/** The paths of the organisation-records files the page asks for (its records whole, for the Download menu). */
function recordsFilesAsked(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.includes('/organisation-records/')) asked.push(pathname);
  });
  return asked;
}

test('an organisation page downloads its records as CSV, JSON and iCalendar', async ({ appPage: page }) => {
  const asked = recordsFilesAsked(page);
  await page.goto('/organisations/kone');
  await page.waitForLoadState('networkidle');
  // Its slice lists the records as cards: the whole records are fetched when the menu opens, not before.
  expect(asked).toEqual([]);
  const panel = await openDownloads(page);

  const csv = await download(page, panel.getByRole('button', { name: 'Download CSV' }));
  expect(csv.name).toBe('atlas-organisation-kone.csv');
  const rows = csvObjects(csv);
  expect(rows.map((r) => r.id)).toEqual(['chengdu-finland-dialogue-2025-12-04']);
  expect(rows[0]).toMatchObject({ type: 'event', date_start: '2025-12-04', date: '4 Dec 2025' });
  expect(rows[0]!.organisations).toContain('KONE (Presenter)');

  const json = await download(page, panel.getByRole('button', { name: 'JSON' }));
  expect(json.name).toBe('atlas-organisation-kone.json');
  const data = JSON.parse(json.text);
  expect(data.organisation).toMatchObject({ id: 'kone', name: 'KONE', names: { 'zh-Hant': '通力' } });
  expect(data.count).toBe(1);
  expect(data.records[0].summary).not.toBe('');
  expect(data.records[0].evidence.length).toBeGreaterThan(0);
  expect(asked).toEqual(['/data/slices/organisation-records/kone.json']);

  const ics = await download(page, panel.getByRole('button', { name: 'Calendar (.ics)' }));
  expect(ics.name).toBe('atlas-organisation-kone.ics');
  const [event, ...others] = calendarEvents(ics);
  expect(others).toEqual([]);
  expect(event!.uid).toBe('chengdu-finland-dialogue-2025-12-04@trade-mission-atlas');
  expect(event!.startDate.isDate).toBe(true);
  expect(event!.startDate.toString()).toBe('2025-12-04');
  expect(event!.endDate.toString()).toBe('2025-12-05');
  expect(event!.description).toContain(`${appOrigins[0]}/events/chengdu-finland-dialogue-2025-12-04`);
  expect(event!.description).toMatch(/Source: .+ http:\/\/127\.0\.0\.1:\d+\/sources\/[a-z0-9-]+#q-/);
});

test('under a sub-path, the files link to pages under that path', async ({ appPage: page }) => {
  const asked = recordsFilesAsked(page);
  await page.goto(`${appOrigins[1]}/atlas/organisations/kone`);
  const panel = await openDownloads(page);
  const data = JSON.parse((await download(page, panel.getByRole('button', { name: 'JSON' }))).text);
  expect(asked).toEqual(['/atlas/data/slices/organisation-records/kone.json']);
  expect(data.records[0].evidence.length).toBeGreaterThan(0);
  expect(data.view).toBe(`${appOrigins[1]}/atlas/organisations/kone`);
  expect(data.records[0].url).toBe(`${appOrigins[1]}/atlas/events/chengdu-finland-dialogue-2025-12-04`);

  await page.goto(`${appOrigins[1]}/atlas/?country=SE`);
  const timelinePanel = await openDownloads(page);
  await expect(timelinePanel.getByRole('link', { name: 'Whole dataset (JSON)' })).toHaveAttribute('href', '/atlas/data/dataset.json');
});

test('the download panel closes on Escape and fits a 390 px screen', async ({ appPage: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/organisations/kone');
  // A click before the app has hydrated the prerendered button would do nothing.
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
  const panel = await openDownloads(page);
  const box = (await panel.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('button', { name: 'Download', exact: true })).toBeFocused();
});

test('a Share button appears after hydration where the browser can share, and shares title and URL', async ({ appPage: page }) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { __shared: shared });
    Object.defineProperty(navigator, 'share', { configurable: true, value: async (data: ShareData) => void shared.push(data) });
  });
  // A prerendered page with no query string is hydrated: a mismatch would log a console error.
  await page.goto('/organisations/kone');
  await page.getByRole('button', { name: 'Share' }).click();
  expect(await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared)).toEqual([
    { title: 'KONE · Trade Mission Atlas', url: `${appOrigins[0]}/organisations/kone` },
  ]);
});

test('without the Web Share API there is no Share button, only Copy link', async ({ appPage: page }) => {
  await page.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share;
  });
  await page.goto('/sources');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(0);
});

test('a Chinese page exports in Chinese: CSV headers and labels, JSON names and titles, calendar entries; quotes stay verbatim', async ({ appPage: page }) => {
  await openPage(page, '/zh/organisations/kone');
  const toggle = page.getByRole('button', { name: '下载', exact: true });
  await toggle.click();
  const panel = page.locator(`#${(await toggle.getAttribute('aria-controls'))!.replace(/:/g, '\\:')}`);

  const csv = await download(page, panel.getByRole('button', { name: '下载 CSV' }));
  const [header] = parseQuotedCsv(csv.text);
  expect(header!.slice(0, 6)).toEqual(['类型', '编号', '标题', '种类', '状态', '日期']);
  const [row] = csvObjects(csv);
  expect(row).toMatchObject({ 类型: 'event', 编号: 'chengdu-finland-dialogue-2025-12-04', 日期: '2025年12月4日', 国家代码: expect.stringContaining('FI') });
  expect(row!['标题']).toMatch(/[\u4e00-\u9fff]/);
  expect(row!['机构及角色']).toContain('通力 (推介方)');
  expect(row!['国家']).toContain('芬兰');
  expect(row!['网址']).toBe(`${appOrigins[0]}/zh/events/chengdu-finland-dialogue-2025-12-04`);

  const json = JSON.parse((await download(page, panel.getByRole('button', { name: 'JSON' }))).text);
  expect(json.language).toMatchObject({ lang: 'zh-Hans' });
  expect(json.records[0].summary).toMatch(/[\u4e00-\u9fff]/);
  expect(json.organisation).toMatchObject({ id: 'kone', name: '通力', names: { 'zh-Hant': '通力' } });
  const [record] = json.records;
  expect(record.title).toMatch(/[\u4e00-\u9fff]/);
  expect(record.dateText).toBe('2025年12月4日');
  expect(record.organisations).toContainEqual(expect.objectContaining({ id: 'kone', name: '通力', roles: ['presenter'] }));
  // Quotes are the articles' words, never translated: the English file has the same ones.
  const englishPage = await page.context().newPage();
  await openPage(englishPage, '/organisations/kone');
  await englishPage.getByRole('button', { name: 'Download', exact: true }).click();
  const englishJson = JSON.parse((await download(englishPage, englishPage.getByRole('button', { name: 'JSON' }))).text);
  expect(record.evidence.map((e: { quote: string }) => e.quote)).toEqual(englishJson.records[0].evidence.map((e: { quote: string }) => e.quote));
  expect(englishJson.language).toBeUndefined();
  await englishPage.close();

  const [event] = calendarEvents(await download(page, panel.getByRole('button', { name: '日历（.ics）' })));
  expect(event!.summary).toBe(record.title);
  expect(event!.description).toContain(`${appOrigins[0]}/zh/events/chengdu-finland-dialogue-2025-12-04`);
  expect(event!.description).toMatch(/来源：.+ http:\/\/127\.0\.0\.1:\d+\/zh\/sources\/[a-z0-9-]+#q-/);
  expect(event!.location).toContain('成都');
});
