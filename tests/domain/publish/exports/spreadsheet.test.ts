/**
 * The CSV as a spreadsheet reads it: LibreOffice Calc (headless, Debian's libreoffice-calc-nogui) opens the
 * file with its CSV filter, saves it as .xlsx, and every cell read back from that workbook must be the text
 * we wrote. No soffice, no pass: this test fails and says how to install it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { afterAll, describe, expect, it } from 'vitest';
import { indexDataset } from '../../../../src/domain/dataset/dataset.ts';
import { recordsToCsv } from '../../../../src/domain/publish/exports/csv.ts';
import { exportFileName } from '../../../../src/domain/publish/exports/fileNames.ts';
import { filterRecords } from '../../../../src/domain/query/filterRecords.ts';
import { parseTimelineFilters } from '../../../../src/domain/query/filters.ts';
import { parseQuotedCsv } from '../../../support/parseCsv.ts';
import { realData } from '../../../support/realData.ts';

const soffice = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((path) => existsSync(path));
const work = mkdtempSync(join(tmpdir(), 'atlas-calc-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * CSV filter options: comma, double quote, UTF-8 (76), from line 1, default column types, language 0,
 * quoted fields as text (so "2025-12-04" stays the string we wrote), no detection of special numbers.
 */
const csvFilter = 'CSV:44,34,76,1,,0,true,false';

function calcToXlsx(csvPath: string): string {
  if (!soffice) {
    throw new Error(
      'LibreOffice (soffice) is not installed, so the CSV export cannot be checked in a real spreadsheet. ' +
        'Install it with: apt-get install --no-install-recommends libreoffice-calc-nogui',
    );
  }
  execFileSync(
    soffice,
    [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'xlsx', `--infilter=${csvFilter}`, '--outdir', work, csvPath],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const xlsx = csvPath.replace(/\.csv$/, '.xlsx');
  expect(existsSync(xlsx), `LibreOffice wrote no ${xlsx}`).toBe(true);
  return xlsx;
}

describe('the CSV export in LibreOffice Calc', () => {
  const index = indexDataset(realData().dataset);
  const context = { index, pageUrl: (path: string) => `https://atlas.example${path}` };

  it('reads back every cell of the signed agreements and of the whole timeline exactly as written', async () => {
    for (const query of ['type=agreement&status=signed', '']) {
      const filters = parseTimelineFilters(query).filters;
      const records = filterRecords(index.records, filters);
      const name = exportFileName({ kind: 'timeline', filters, filtered: query !== '' }, 'csv');
      const csvPath = join(work, name);
      const csv = recordsToCsv(records, context);
      writeFileSync(csvPath, csv);
      const cells = (await readSheet(readFileSync(calcToXlsx(csvPath)))).map((row) => row.map((cell) => (cell === null ? '' : String(cell))));
      const written = parseQuotedCsv(csv.slice(1));
      // Trailing empty cells are not stored in the workbook.
      const width = written[0]!.length;
      expect(cells.map((row) => [...row, ...Array<string>(width - row.length).fill('')])).toEqual(written);
      expect(cells).toHaveLength(records.length + 1);
    }
  }, 180_000);

  it('names the file for the view: atlas-agreements-signed.csv holds only signed agreements', async () => {
    const filters = parseTimelineFilters('type=agreement&status=signed').filters;
    const cells = await readSheet(readFileSync(join(work, 'atlas-agreements-signed.xlsx')));
    const [header, ...rows] = cells;
    const status = header!.indexOf('status');
    const quotes = header!.indexOf('evidence_quotes');
    expect(rows.length).toBe(filterRecords(index.records, filters).length);
    for (const row of rows) {
      expect(row[status]).toBe('Signed');
      expect(String(row[quotes]).length).toBeGreaterThan(0);
    }
  });
});
