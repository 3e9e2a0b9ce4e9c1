// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableNames } from '../../../src/domain/publish/parquet/index.ts';
import { writeParquetFiles } from '../../../src/tools/build/writeParquet.ts';
import { realData } from '../../support/realData.ts';

// The published Parquet files, read back by DuckDB (as a researcher would), against data/.
describe('the Parquet files', { timeout: 60_000 }, () => {
  const raw = realData().dataset;
  let dir: string;
  let connection: DuckDBConnection;
  const file = (table: string) => path.join(dir, 'data/parquet', `${table}.parquet`).replaceAll("'", "''");
  const rows = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJson();

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-parquet-'));
    writeParquetFiles(raw, dir);
    connection = await (await DuckDBInstance.create(':memory:')).connect();
  });
  afterAll(() => {
    connection.closeSync();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes one file per kind plus participations', () => {
    expect(fs.readdirSync(path.join(dir, 'data/parquet')).sort()).toEqual(tableNames.map((name) => `${name}.parquet`).sort());
  });

  it('hold as many rows as data/ has records, with every id', async () => {
    const expected = { events: raw.events, delegations: raw.delegations, agreements: raw.agreements, organisations: raw.organisations, people: raw.people };
    for (const [table, records] of Object.entries(expected)) {
      const ids = await rows(`SELECT id FROM '${file(table)}' ORDER BY id`);
      expect(ids.map((row) => row.id), table).toEqual(records.map((record) => record.id).sort());
    }
    const [{ n }] = (await rows(`SELECT count(*) AS n FROM '${file('participations')}'`)) as [{ n: string }];
    const facts =
      raw.events.reduce((sum, event) => sum + event.participants.length, 0) +
      raw.delegations.reduce((sum, d) => sum + d.organisers.length + d.members.length + d.stops.reduce((s2, stop) => s2 + stop.organisations.length, 0), 0) +
      raw.agreements.reduce((sum, agreement) => sum + agreement.parties.length, 0);
    expect(Number(n)).toBe(facts);
  });

  it('answer a join: the organisations of each event, by name and role, as data/ has them', async () => {
    const joined = await rows(
      `SELECT p.record_id, o.name, p.role FROM '${file('participations')}' p JOIN '${file('organisations')}' o ON o.id = p.organisation_id ` +
        `WHERE p.record_type = 'event' ORDER BY p.record_id, o.name, p.role`,
    );
    const names = new Map(raw.organisations.map((organisation) => [organisation.id, organisation.name]));
    const expected = raw.events
      .flatMap((event) => event.participants.map(({ organisation, role }) => ({ record_id: event.id, name: names.get(organisation)!, role })))
      .sort((a, b) => (a.record_id + '\0' + a.name + '\0' + a.role < b.record_id + '\0' + b.name + '\0' + b.role ? -1 : 1));
    expect(joined).toEqual(expected);
  });

  it('keep dates at the precision the text gives, and lists as JSON arrays', async () => {
    const undated = raw.events.filter((event) => event.date.start === null).length;
    const [{ n }] = (await rows(`SELECT count(*) AS n FROM '${file('events')}' WHERE date_start IS NULL AND date_precision IS NULL`)) as [{ n: string }];
    expect(Number(n)).toBe(undated);
    const event = raw.events.find((candidate) => candidate.date.start?.length === 7)!;
    const [row] = await rows(`SELECT date_start, date_precision, sectors FROM '${file('events')}' WHERE id = '${event.id}'`);
    expect(row).toMatchObject({ date_start: event.date.start, date_precision: 'month' });
    expect(JSON.parse(String(row!.sectors))).toEqual(event.sectors);
  });
});
