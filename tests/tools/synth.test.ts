// @vitest-environment node
/** The synthetic data generator: valid, deterministic, shaped as asked. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetFileNames } from '../../src/domain/records/schema.ts';
import { formatValidationError } from '../../src/domain/records/validate.ts';
import { validateDatasetWithGlosses } from '../../src/domain/sources/validateGlosses.ts';
import { validateDataDir } from '../../src/tools/readDataDir.ts';
import { parseSynthArgs, runSynth } from '../../src/tools/synth.ts';
import { generateDataset, plannedCounts } from '../../src/tools/synth/generate.ts';
import { mulberry32 } from '../../src/tools/synth/prng.ts';
import { loadSectors, writeSynthDataset } from '../../src/tools/synth/write.ts';
import { defaultPartSize } from '../../src/tools/kindFiles.ts';

const made: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-synth-'));
  made.push(dir);
  return dir;
}

/** Every file of a data folder, name → content, for byte-for-byte comparison. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of datasetFileNames) files.set(`${name}.json`, fs.readFileSync(path.join(dir, `${name}.json`), 'utf8'));
  for (const file of fs.readdirSync(path.join(dir, 'sources')).sort()) {
    files.set(`sources/${file}`, fs.readFileSync(path.join(dir, 'sources', file), 'utf8'));
  }
  return files;
}

const records = 300;
let dirA: string;
let dirB: string;
let dirC: string;

beforeAll(() => {
  dirA = tempDir();
  dirB = tempDir();
  dirC = tempDir();
  const quiet = console.log;
  console.log = () => {};
  try {
    runSynth({ records, seed: 1, out: dirA, pretty: false, force: false, partSize: defaultPartSize });
    runSynth({ records, seed: 1, out: dirB, pretty: false, force: false, partSize: defaultPartSize });
    runSynth({ records, seed: 2, out: dirC, pretty: false, force: false, partSize: defaultPartSize });
  } finally {
    console.log = quiet;
  }
});

afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('synthetic data generator', () => {
  it('writes a folder that passes the whole-dataset validator with zero errors', () => {
    const { errors, content } = validateDataDir(dirA);
    expect(content.readErrors).toEqual([]);
    expect(errors.map(formatValidationError)).toEqual([]);
  });

  it('is deterministic: the same seed gives identical files', () => {
    expect(snapshot(dirB)).toEqual(snapshot(dirA));
  });

  it('gives different data for a different seed', () => {
    const a = snapshot(dirA);
    const c = snapshot(dirC);
    expect(c.get('events.json')).not.toBe(a.get('events.json'));
    expect(c.get('organisations.json')).not.toBe(a.get('organisations.json'));
  });

  it('produces exactly the requested number of timeline records, split about 60/15/25', () => {
    const { dataset } = validateDataDir(dirA);
    expect(dataset.events.length + dataset.delegations.length + dataset.agreements.length).toBe(records);
    expect(dataset.events.length).toBe(180);
    expect(dataset.delegations.length).toBe(45);
    expect(dataset.agreements.length).toBe(75);
    const counts = plannedCounts(records);
    expect(dataset.organisations.length).toBe(counts.organisations);
    expect(dataset.people.length).toBe(counts.people);
    expect(dataset.sources.length).toBe(counts.sources);
    expect(fs.readdirSync(path.join(dirA, 'sources'))).toHaveLength(counts.sources);
  });

  it('scales organisations as records/10 (min 50) and people as records/20', () => {
    expect(plannedCounts(100_000)).toMatchObject({ organisations: 10_000, people: 5_000, sources: 2_000, events: 60_000, delegations: 15_000, agreements: 25_000 });
    expect(plannedCounts(100)).toMatchObject({ organisations: 50 });
  });

  it('covers every sector of data/sectors.json', () => {
    const { dataset } = validateDataDir(dirA);
    const sectors = loadSectors().map((s) => s.id);
    expect(dataset.sectors.map((s) => s.id)).toEqual(sectors);
    const used = new Set([...dataset.events, ...dataset.delegations, ...dataset.agreements].flatMap((r) => r.sectors));
    expect([...used].sort()).toEqual([...sectors].sort());
  });

  it('writes names in several scripts', () => {
    const { dataset } = validateDataDir(dirA);
    const text = JSON.stringify([dataset.organisations, dataset.people]);
    const scripts = {
      han: /\p{Script=Han}/u,
      latinDiacritics: /[åäöÅÄÖøæéüß]/u,
      cyrillic: /\p{Script=Cyrillic}/u,
      arabic: /\p{Script=Arabic}/u,
      hangul: /\p{Script=Hangul}/u,
    };
    const found = Object.entries(scripts).filter(([, re]) => re.test(text)).map(([name]) => name);
    expect(found.length).toBeGreaterThanOrEqual(4);
    expect(found).toContain('han');
    expect(found).toContain('latinDiacritics');
  });

  it('has the variety the UI must cope with', () => {
    const { dataset } = validateDataDir(dirA);
    const records = [...dataset.events, ...dataset.delegations, ...dataset.agreements];
    const precisions = new Set(records.map((r) => (r.date.start === null ? (r.date.month ? 'month-only' : 'none') : r.date.start.length)));
    expect(precisions).toContain(4);
    expect(precisions).toContain(7);
    expect(precisions).toContain(10);
    expect(records.some((r) => r.date.end)).toBe(true);
    expect(new Set(dataset.agreements.map((a) => a.status)).size).toBe(6);
    expect(new Set(dataset.events.map((e) => e.status))).toEqual(new Set(['took-place', 'planned']));
    expect(dataset.agreements.some((a) => a.parties.length === 0 && a.unnamedParties)).toBe(true);
    expect(dataset.delegations.some((d) => d.stops.length > 0)).toBe(true);
    expect(dataset.events.some((e) => e.series)).toBe(true);
    const sizes = dataset.events.map((e) => e.participants.length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(30);
  });

  it('glosses the quotes not in English: with the article’s English sentence where it has one, else with ours', () => {
    // 300 records come from a handful of mostly English articles: a larger run has Chinese and bilingual ones.
    const { dataset, sourceTexts } = generateDataset({ records: 1000, seed: 1, sectors: loadSectors() });
    expect(validateDatasetWithGlosses(dataset, sourceTexts).errors.map(formatValidationError)).toEqual([]);
    const bases = new Set(dataset.glosses.map((g) => g.basis));
    expect(bases).toEqual(new Set(['parallel-text', 'our-translation']));
  });

  it('ids are unique slugs in every file', () => {
    const { dataset } = validateDataDir(dirA);
    for (const name of datasetFileNames) {
      if (name === 'glosses') continue; // glossed by (source, quote), no ids
      const ids = (dataset[name] as Array<{ id: string }>).map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it('generates in memory without writing, with the same result as the CLI', () => {
    const synth = generateDataset({ records, seed: 1, sectors: loadSectors() });
    expect(`${JSON.stringify(synth.dataset.events)}\n`).toBe(fs.readFileSync(path.join(dirA, 'events.json'), 'utf8'));
  });

  it('splits a kind larger than --part-size into parts that read back as the same records', () => {
    const dir = tempDir();
    const quiet = console.log;
    console.log = () => {};
    try {
      runSynth({ records, seed: 1, out: dir, pretty: false, force: false, partSize: 40 });
    } finally {
      console.log = quiet;
    }
    // 180 events in parts of 40: five parts, the last with 20; sectors (18) stay one file.
    expect(fs.readdirSync(path.join(dir, 'events')).sort()).toEqual(['part-0001.json', 'part-0002.json', 'part-0003.json', 'part-0004.json', 'part-0005.json']);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'events', 'part-0005.json'), 'utf8'))).toHaveLength(20);
    expect(fs.existsSync(path.join(dir, 'events.json'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'sectors.json'))).toBe(true);
    const parts = validateDataDir(dir);
    expect(parts.content.readErrors).toEqual([]);
    expect(parts.errors.map(formatValidationError)).toEqual([]);
    expect(parts.dataset).toEqual(validateDataDir(dirA).dataset);
    // Written again with one file per kind, the parts go (a folder never holds both layouts).
    console.log = () => {};
    try {
      runSynth({ records, seed: 1, out: dir, pretty: false, force: false, partSize: defaultPartSize });
    } finally {
      console.log = quiet;
    }
    expect(fs.existsSync(path.join(dir, 'events'))).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'events.json'), 'utf8')).toBe(fs.readFileSync(path.join(dirA, 'events.json'), 'utf8'));
  });

  it('refuses to overwrite a folder it did not write', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'events.json'), '[]');
    const synth = generateDataset({ records: 10, seed: 1, sectors: loadSectors() });
    expect(() => writeSynthDataset(dir, synth, { records: 10, seed: 1 })).toThrow(/not written by the generator/);
    expect(fs.readFileSync(path.join(dir, 'events.json'), 'utf8')).toBe('[]');
  });

  it('parses its command line', () => {
    expect(parseSynthArgs(['--records', '100_000', '--seed=7', '--out', 'x'])).toEqual({ records: 100_000, seed: 7, out: 'x', pretty: false, force: false, partSize: defaultPartSize });
    expect(parseSynthArgs(['--out', 'x', '--part-size', '1000']).partSize).toBe(1000);
    expect(() => parseSynthArgs(['--records', '10'])).toThrow(/--out is required/);
    expect(() => parseSynthArgs(['--out', 'x', '--bogus'])).toThrow(/unknown argument/);
  });

  it('uses a seeded PRNG (mulberry32) with a fixed sequence', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
