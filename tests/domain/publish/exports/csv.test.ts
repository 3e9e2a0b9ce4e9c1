import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordKey, type DatasetIndex } from '../../../../src/domain/dataset/timelineRecord.ts';
import { indexDataset } from '../../../../src/domain/dataset/dataset.ts';
import { csvColumns, csvField, csvRow, recordsToCsv, spreadsheetText, toCsv } from '../../../../src/domain/publish/exports/csv.ts';
import type { ExportContext } from '../../../../src/domain/publish/exports/exportRecord.ts';
import { filterRecords } from '../../../../src/domain/query/filterRecords.ts';
import { parseTimelineFilters } from '../../../../src/domain/query/filters.ts';
import { fixtureDataset } from '../../../fixtures/dataset.ts';
import { parseQuotedCsv } from '../../../support/parseCsv.ts';
import { realData } from '../../../support/realData.ts';

function withoutBom(text: string): string {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return text.slice(1);
}

const pageUrl = (path: string) => `https://atlas.example/atlas${path}`;
const contextFor = (index: DatasetIndex): ExportContext => ({ index, pageUrl });

describe('csvField and toCsv', () => {
  it('quotes every field and doubles the quotes inside', () => {
    expect(csvField('plain')).toBe('"plain"');
    expect(csvField('')).toBe('""');
    expect(csvField('say "hi", then go')).toBe('"say ""hi"", then go"');
  });

  it('starts with a byte-order mark and ends every record, the last included, with CRLF', () => {
    const text = toCsv([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(text).toBe('\uFEFF"a","b"\r\n"1","2"\r\n');
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('reads back any table of strings exactly, whatever the fields hold', () => {
    const field = fc.string({ unit: 'binary', maxLength: 20 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }).chain((width) => fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 })), (rows) => {
        expect(parseQuotedCsv(withoutBom(toCsv(rows)))).toEqual(rows);
      }),
    );
  });
});

describe('spreadsheetText', () => {
  it('turns a cell a spreadsheet would run as a formula into text with a leading apostrophe', () => {
    for (const risky of ['=HYPERLINK("http://x","y")', '+86 28 1234', '-1+1', '@SUM(A1)', '\tx', '\rx']) {
      expect(spreadsheetText(risky)).toBe(`'${risky}`);
    }
  });

  it('leaves every other cell as it is', () => {
    for (const plain of ['KONE', '2025-12-04', '', "'quoted'", '成都', 'a=b', 'Chengdu - Finland']) expect(spreadsheetText(plain)).toBe(plain);
  });
});

describe('recordsToCsv on the fixture', () => {
  const dataset = fixtureDataset();
  // Quotes, commas, a semicolon and a line break in a summary; a Chinese title.
  dataset.events[0]!.summary = 'Hosted by the bureau; "a great success", it said.\nSecond line.';
  dataset.events[0]!.title = 'Finland Special Session 芬蘭專場';
  const index = indexDataset(dataset);
  const text = recordsToCsv(index.records, contextFor(index));
  const rows = parseQuotedCsv(withoutBom(text));
  const header = rows[0]!;
  const byId = new Map(rows.slice(1).map((row) => [row[1], Object.fromEntries(header.map((h, i) => [h, row[i]!]))]));

  it('has the header, then one row per record in the given order', () => {
    expect(header).toEqual([...csvColumns]);
    expect(rows.slice(1).map((r) => `${r[0]}:${r[1]}`)).toEqual(index.records.map((r) => recordKey(r.type, r.id)));
    expect(rows.every((r) => r.length === csvColumns.length)).toBe(true);
  });

  it('parses back to exactly the rows it was built from', () => {
    const expected = index.records.map((r) => {
      const row = csvRow(r, contextFor(index));
      return csvColumns.map((c) => row[c]);
    });
    expect(rows.slice(1)).toEqual(expected);
  });

  it('keeps quotes, line breaks, Chinese and Swedish text intact', () => {
    const ev1 = byId.get('ev-1')!;
    expect(ev1.title).toBe('Finland Special Session 芬蘭專場');
    expect(ev1.summary).toBe('Hosted by the bureau; "a great success", it said.\nSecond line.');
    expect(ev1.organisations).toBe(
      'Chengdu Commerce Bureau (Host); Aurora Oy (Participant, Presenter); Västerås Science Park (Matchmaking partner)',
    );
  });

  it('writes a title that looks like a formula as text', () => {
    const risky = fixtureDataset();
    risky.events[0]!.title = '=HYPERLINK("https://example.org","open")';
    const riskyIndex = indexDataset(risky);
    const riskyRows = parseQuotedCsv(withoutBom(recordsToCsv(riskyIndex.records, contextFor(riskyIndex))));
    const row = riskyRows.find((r) => r[1] === 'ev-1')!;
    expect(row[csvColumns.indexOf('title')]).toBe(`'=HYPERLINK("https://example.org","open")`);
  });

  it('fills each column as documented', () => {
    expect(byId.get('ev-1')).toMatchObject({
      type: 'event',
      kind: 'Matchmaking session',
      status: 'Took place',
      date: '4 Dec 2025',
      date_start: '2025-12-04',
      date_end: '',
      place: 'CCEC, Chengdu',
      online: 'false',
      countries: 'CN; FI; SE',
      country_names: 'China; Finland; Sweden',
      sectors: 'Trade and investment promotion',
      url: 'https://atlas.example/atlas/events/ev-1',
      sources: 'Test article about a Finland session in Chengdu',
    });
    // An agreement's status is its own scale, never "Took place" for a mere possibility.
    expect(byId.get('ag-2')).toMatchObject({ type: 'agreement', kind: 'Agreement', status: 'Potential', date: 'March — year not stated', date_start: '' });
    expect(byId.get('del-1')).toMatchObject({ kind: 'Delegation', date: 'Sep 2025', date_start: '2025-09', url: 'https://atlas.example/atlas/delegations/del-1' });
  });
});

describe('recordsToCsv on the real data', () => {
  const index = indexDataset(realData().dataset);
  const context = contextFor(index);

  it('carries what the app is for: figures, date basis, unnamed parties, quotes and party ids beside names', () => {
    const rows = parseQuotedCsv(withoutBom(recordsToCsv(index.records, context)));
    const [header, ...body] = rows;
    const objects = body.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])));
    for (const row of objects) {
      const record = index.recordsByKey.get(recordKey(row.type as 'event', row.id!))!;
      // Every quote, verbatim, with its source id and a link to the passage.
      expect(row.evidence_quotes!.split('\n---\n')).toEqual(record.evidence.map((e) => e.quote));
      expect(row.evidence_sources!.split('\n---\n')).toEqual(record.evidence.map((e) => e.source));
      expect(row.evidence_urls!.split('\n---\n').every((u) => u.startsWith('https://atlas.example/atlas/sources/'))).toBe(true);
      // Party ids and names line up, one per organisation.
      const ids = row.party_ids === '' ? [] : row.party_ids!.split('; ');
      expect(ids).toEqual([...new Set(record.organisations.map((o) => o.id))]);
      expect(row.party_names === '' ? [] : row.party_names!.split('; ')).toHaveLength(ids.length);
      expect(['day', 'month', 'year', 'no-year']).toContain(row.date_precision);
      expect(row.date_basis).not.toBe('');
    }
    // A figure is three columns, not lost in a summary: value, qualifier, what is counted.
    const withFigures = objects.filter((r) => r.figure_values !== '');
    expect(withFigures.length).toBeGreaterThan(0);
    for (const row of withFigures) {
      const n = row.figure_values!.split('; ').length;
      expect(row.figure_qualifiers!.split('; ')).toHaveLength(n);
      expect(row.figure_values!.split('; ').every((v) => Number.isFinite(Number(v)))).toBe(true);
    }
    expect(objects.some((r) => r.unnamed_parties !== '')).toBe(true);
    expect(objects.some((r) => r.date_precision === 'no-year')).toBe(true);
  });

  it('exports the filtered view: ?country=SE gives exactly the records the timeline shows', () => {
    const { filters } = parseTimelineFilters('country=SE');
    const records = filterRecords(index.records, filters);
    const rows = parseQuotedCsv(withoutBom(recordsToCsv(records, context))).slice(1);
    expect(rows.map((r) => r[1])).toEqual(records.map((r) => r.id));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r[csvColumns.indexOf('countries')]!.split('; ').includes('SE'))).toBe(true);
  });

  it('keeps Chinese and Swedish names in the organisations column', () => {
    const text = recordsToCsv(index.records, context);
    const organisations = parseQuotedCsv(withoutBom(text))
      .slice(1)
      .map((r) => r[csvColumns.indexOf('organisations')]!)
      .join('\n');
    expect(organisations).toContain('Västerås Science Park (');
    expect(organisations).toContain('panda成都');
  });
});
