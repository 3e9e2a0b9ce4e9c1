/** The data:check command line, run as a real process on temporary copies of the fixture. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureDataset, fixtureSourceTexts } from '../../fixtures/dataset.ts';
import { writeDataDir } from '../../fixtures/writeDataDir.ts';

const cli = path.resolve('src/tools/check/checkData.ts');
const made: string[] = [];

function dataDir(...args: Parameters<typeof writeDataDir>): string {
  const dir = writeDataDir(...args);
  made.push(dir);
  return dir;
}

function checkData(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('data:check CLI', { timeout: 30_000 }, () => {
  it('exits 0 on valid data and prints the record counts', () => {
    const dir = dataDir();
    const { status, stdout, stderr } = checkData([dir]);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      `data:check ok (${dir}/): 3 sectors, 1 sources, 4 organisations, 2 people, 2 events, 1 delegations, 2 agreements, 1 series, 2 glosses\n`,
    );
    expect(status).toBe(0);
  });

  it('reads DATA_DIR when no folder is given', () => {
    const dir = dataDir();
    const { status, stdout } = checkData([], { DATA_DIR: dir });
    expect(stdout).toContain(`data:check ok (${dir}/)`);
    expect(status).toBe(0);
  });

  it('exits 1 and lists every error with its file, record id and field path', () => {
    const data = fixtureDataset();
    data.events[0]!.participants[0]!.organisation = 'no-such-org';
    data.events[1]!.date = { start: '2025-02-30', end: null };
    data.organisations[2]!.evidence[0]!.quote = 'Västerås Science Park was matched with three firms';
    data.people.push({ ...data.people[0]! });
    data.agreements[0]!.parties = [];
    data.delegations[0]!.to[0]!.country = 'XX';
    const dir = dataDir(data);

    const { status, stdout, stderr } = checkData([dir]);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([
      `data:check found 6 error(s) in ${dir}/:`,
      '  people.json anna-virtanen id: duplicate id "anna-virtanen"',
      '  organisations.json vasteras-park evidence[0].quote: quote is not verbatim in source "test-article": "Västerås Science Park was matched with three firms"',
      '  events.json ev-1 participants[0].organisation: unknown organisation "no-such-org"',
      '  events.json ev-2 date.start: "2025-02-30" is not a real calendar date',
      '  delegations.json del-1 to[0].country: unknown country code "XX"',
      '  agreements.json ag-1 parties: an agreement needs named parties or an unnamedParties description',
      '',
    ]);
    expect(status).toBe(1);
  });

  it('reports schema errors and a missing source text', () => {
    const data = fixtureDataset();
    (data.events[0]! as { kind: string }).kind = 'party';
    data.events[0]!.date.start = '2025-13';
    const dir = dataDir(data, new Map());

    const { status, stderr } = checkData([dir]);
    expect(stderr.split('\n')).toEqual([
      `data:check found 3 error(s) in ${dir}/:`,
      '  events.json ev-1 kind: Invalid option: expected one of "conference"|"matchmaking-session"|"roadshow"|"site-visit"|"signing"|"unveiling"|"online-conference"|"forum"|"meeting"|"exhibition"|"cultural-event"|"competition"|"other"',
      '  events.json ev-1 date.start: must be YYYY, YYYY-MM or YYYY-MM-DD',
      '  sources.json test-article file: source text sources/test-article.txt is missing',
      '',
    ]);
    expect(status).toBe(1);
  });

  it('exits 1 on a file that is not valid JSON, naming the file', () => {
    const dir = dataDir(fixtureDataset(), fixtureSourceTexts());
    fs.writeFileSync(path.join(dir, 'people.json'), '[{"id": "anna-virtanen",]');
    const { status, stderr } = checkData([dir]);
    const lines = stderr.trimEnd().split('\n');
    expect(lines[1]).toMatch(/^ {2}people\.json: not valid JSON \(.+\)$/);
    // Only people.json is reported: the event naming anna-virtanen is not also flagged as a dangling reference.
    expect(lines.slice(1).every((line) => line.startsWith('  people.json'))).toBe(true);
    expect(status).toBe(1);
  });

  it('exits 1 when a data file is missing', () => {
    const dir = dataDir();
    fs.rmSync(path.join(dir, 'sectors.json'));
    const { status, stderr } = checkData([dir]);
    expect(stderr).toContain('  sectors.json -: file is missing\n');
    expect(status).toBe(1);
  });

  it('checks translations/<lang>.json: orphan, missing and stale entries, one line each', () => {
    const dir = dataDir();
    fs.mkdirSync(path.join(dir, 'translations'));
    const write = (content: unknown) => fs.writeFileSync(path.join(dir, 'translations', 'zh-Hans.json'), JSON.stringify(content));
    const data = fixtureDataset();
    const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);
    write({
      lang: 'zh-Hans',
      translatedFrom: 'en',
      records: {
        'events/ev-1': { title: { text: '芬兰专场', from: hash(data.events[0]!.title) }, summary: { text: '旧译文', from: hash('Old English.') } },
        'events/ev-9': { summary: { text: '无此活动', from: hash('x') } },
      },
    });
    const { status, stderr } = checkData([dir]);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toContain('  translations/zh-Hans.json events/ev-1 summary: stale (English changed)');
    expect(lines).toContain('  translations/zh-Hans.json events/ev-9: orphan (no such record in events.json)');
    expect(lines).toContain('  translations/zh-Hans.json events/ev-2 title: missing translation');
    expect(lines).not.toContain('  translations/zh-Hans.json events/ev-1 title: missing translation');
    expect(lines[0]).toBe(`data:check found ${lines.length - 1} error(s) in ${dir}/:`);
    expect(status).toBe(1);
  });

  it('passes on the real data/ folder', () => {
    const { status, stdout, stderr } = checkData(['data']);
    expect(stderr).toBe('');
    expect(stdout).toMatch(
      /^data:check ok \(data\/\): \d+ sectors, \d+ sources, \d+ organisations, \d+ people, \d+ events, \d+ delegations, \d+ agreements, \d+ series, \d+ glosses; translations\/zh-Hans\.json: \d+ fields up to date\n$/,
    );
    expect(status).toBe(0);
  });
});
