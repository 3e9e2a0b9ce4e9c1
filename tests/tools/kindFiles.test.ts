// @vitest-environment node
/** A kind's records in one file or in parts: reading order, errors that name the part, one layout only. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { kindFiles, partFileName, readKind, writeKind } from '../../src/tools/kindFiles.ts';

const made: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-kind-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};

describe('kind files', () => {
  it('reads parts in file-name order as one list, ignoring other files in the folder', () => {
    const dir = tempDir();
    write(path.join(dir, 'events', 'part-0002.json'), '[{"id":"c"}]');
    write(path.join(dir, 'events', 'part-0001.json'), '[{"id":"a"},{"id":"b"}]');
    write(path.join(dir, 'events', 'notes.txt'), 'not a part');
    expect(readKind(dir, 'events')).toEqual({ items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], errors: [] });
  });

  it('reads a single file as before, and nothing for a kind with no file', () => {
    const dir = tempDir();
    write(path.join(dir, 'people.json'), '[{"id":"p"}]');
    expect(readKind(dir, 'people')).toEqual({ items: [{ id: 'p' }], errors: [] });
    expect(readKind(dir, 'agreements')).toEqual({ errors: [] });
  });

  it('names the broken part in its error and returns no records for the kind', () => {
    const dir = tempDir();
    write(path.join(dir, 'events', 'part-0001.json'), '[{"id":"a"}]');
    write(path.join(dir, 'events', 'part-0002.json'), '[{"id":');
    write(path.join(dir, 'events', 'part-0003.json'), '{"id":"x"}');
    const read = readKind(dir, 'events');
    expect(read.items).toBeUndefined();
    expect(read.errors).toHaveLength(2);
    expect(read.errors[0]).toMatch(/^events\/part-0002\.json: not valid JSON/);
    expect(read.errors[1]).toBe('events/part-0003.json: must be a JSON array');
  });

  it('refuses a folder holding both layouts of one kind', () => {
    const dir = tempDir();
    write(path.join(dir, 'events.json'), '[]');
    write(path.join(dir, 'events', 'part-0001.json'), '[]');
    expect(kindFiles(dir, 'events').conflict).toMatch(/both exist/);
    expect(readKind(dir, 'events')).toEqual({ errors: [expect.stringMatching(/events\.json and events\/part-\*\.json both exist/)] });
  });

  it('writes parts of the given size and keeps other files of a shared folder (sources/ holds the texts)', () => {
    const dir = tempDir();
    write(path.join(dir, 'sources', 'article.txt'), 'text');
    const items = Array.from({ length: 5 }, (_, i) => ({ id: `s${i}` }));
    writeKind(dir, 'sources', items, { partSize: 2 });
    expect(fs.readdirSync(path.join(dir, 'sources')).sort()).toEqual(['article.txt', partFileName(1), partFileName(2), partFileName(3)]);
    expect(readKind(dir, 'sources').items).toEqual(items);
    writeKind(dir, 'sources', items, { partSize: 10 });
    expect(fs.readdirSync(path.join(dir, 'sources'))).toEqual(['article.txt']);
    expect(readKind(dir, 'sources').items).toEqual(items);
  });
});
