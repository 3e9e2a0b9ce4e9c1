import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../../src/domain/dataset/dataset.ts';
import { datasetFileName, exportFileName } from '../../../../src/domain/publish/exports/fileNames.ts';
import { buildJsonExport, recordsToJson, type JsonExport } from '../../../../src/domain/publish/exports/json.ts';
import { filterRecords } from '../../../../src/domain/query/filterRecords.ts';
import { defaultFilters, parseTimelineFilters } from '../../../../src/domain/query/filters.ts';
import { fixtureDataset } from '../../../fixtures/dataset.ts';
import { realData } from '../../../support/realData.ts';

const pageUrl = (path: string) => `https://atlas.example${path}`;
const generated = new Date('2026-01-15T09:30:05.123Z');

describe('recordsToJson for a timeline view', () => {
  const index = indexDataset(realData().dataset);
  const { filters } = parseTimelineFilters('country=SE&type=event');
  const records = filterRecords(index.records, filters);
  const text = recordsToJson({
    view: { kind: 'timeline', filters, filtered: true },
    viewUrl: 'https://atlas.example/?country=SE&type=event',
    records,
    context: { index, pageUrl },
    generated,
  });
  const json = JSON.parse(text) as JsonExport;

  it('says when, from which view and with which filters, and how many records', () => {
    expect(json.generated).toBe('2026-01-15T09:30:05.123Z');
    expect(json.view).toBe('https://atlas.example/?country=SE&type=event');
    expect(json.filters).toEqual({ ...defaultFilters, countries: ['SE'], types: ['event'] });
    expect(json.organisation).toBeUndefined();
    expect(json.count).toBe(records.length);
    expect(json.records.map((r) => r.id)).toEqual(records.map((r) => r.id));
  });

  it('keeps each record’s type, id, title and date exactly as in the data, with its page URL', () => {
    for (const out of json.records) {
      const event = index.eventsById.get(out.id)!;
      expect(out.type).toBe('event');
      expect(out.title).toBe(event.title);
      expect(out.date).toEqual(event.date);
      expect(out.kind).toBe(event.kind);
      expect(out.status).toBe(event.status);
      expect(out.url).toBe(`https://atlas.example/events/${out.id}`);
    }
  });

  it('is indented JSON with a final newline', () => {
    expect(text.startsWith('{\n  "generated"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('buildJsonExport for an organisation', () => {
  const index = indexDataset(fixtureDataset());
  const organisation = index.organisationsById.get('aurora-oy')!;
  const records = (index.recordsByOrganisation.get('aurora-oy') ?? []).map((l) => l.record);
  const json = buildJsonExport({
    view: { kind: 'organisation', organisation },
    viewUrl: 'https://atlas.example/organisations/aurora-oy',
    records,
    context: { index, pageUrl },
    generated,
  });

  it('names the organisation, in its own scripts too, instead of filters', () => {
    expect(json.filters).toBeUndefined();
    expect(json.organisation).toEqual({
      id: 'aurora-oy',
      name: 'Aurora Oy',
      names: { en: 'Aurora Oy', 'zh-Hant': '奧羅拉' },
      url: 'https://atlas.example/organisations/aurora-oy',
    });
    expect(json.count).toBe(3);
  });

  it('resolves organisations, sectors and sources to names, and an agreement to its own status', () => {
    const ag1 = json.records.find((r) => r.id === 'ag-1')!;
    expect(ag1).toMatchObject({
      type: 'agreement',
      kind: 'agreement',
      status: 'signed',
      date: { start: '2025-12-04', end: null, basis: 'Signed at the 4 December session.' },
      dateText: '4 Dec 2025',
      sectors: [{ id: 'urban-development', label: 'Urban development and smart cities' }],
      organisations: [
        { id: 'aurora-oy', name: 'Aurora Oy', roles: ['party'] },
        { id: 'chengdu-bureau', name: 'Chengdu Commerce Bureau', roles: ['party'] },
      ],
      url: 'https://atlas.example/agreements/ag-1',
    });
    expect(ag1.sources).toHaveLength(1);
    expect(ag1.sources[0]).toMatchObject({ id: 'test-article', title: 'Test article about a Finland session in Chengdu' });
    expect(ag1.sources[0]!.url).toMatch(/^https:\/\/atlas\.example\/sources\/test-article#q-[0-9a-z]+$/);
  });
});

describe('export file names', () => {
  const index = indexDataset(fixtureDataset());
  const organisation = index.organisationsById.get('aurora-oy')!;

  it('names files for the view they come from', () => {
    expect(exportFileName({ kind: 'organisation', organisation }, 'ics')).toBe('atlas-organisation-aurora-oy.ics');
    expect(exportFileName({ kind: 'timeline', filters: defaultFilters, filtered: false }, 'json')).toBe('atlas-all.json');
    const timeline = (query: string) => ({ kind: 'timeline' as const, filters: parseTimelineFilters(query).filters, filtered: true });
    expect(exportFileName(timeline('type=agreement&status=signed'), 'csv')).toBe('atlas-agreements-signed.csv');
    expect(exportFileName(timeline('country=FI&from=2024&to=2025&undated=include'), 'csv')).toBe('atlas-fi-2024-2025-with-undated.csv');
    expect(exportFileName(timeline('q=Västerås fair&from=2025&to=2025'), 'json')).toBe('atlas-search-västerås-fair-2025.json');
    expect(exportFileName(timeline(`q=${'x'.repeat(100)}`), 'csv')).toBe('atlas-filtered.csv');
    expect(datasetFileName).toBe('trade-mission-atlas-dataset.json');
  });
});
