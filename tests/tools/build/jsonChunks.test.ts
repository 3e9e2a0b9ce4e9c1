// @vitest-environment node
/** Large JSON written in chunks: byte for byte what JSON.stringify gives, whatever the chunk size. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLineChunks, objectOfListsChunks, writeChunks } from '../../../src/tools/build/jsonChunks.ts';

const value = {
  sectors: [{ id: 'energy', label: 'Energy "clean" ⚡' }],
  events: [{ id: 'a', title: '成都 </script>', n: 1 }, { id: 'b', nested: { list: [1, null, 'x'] } }, { id: 'c' }],
  empty: [],
  withGaps: [undefined, 2],
};

describe('JSON in chunks', () => {
  it('joins to exactly JSON.stringify of an object of lists, for any chunk size', () => {
    for (const size of [1, 7, 64, 1 << 20]) {
      const chunks = [...objectOfListsChunks(value, size)];
      expect(chunks.join('')).toBe(JSON.stringify(value));
      if (size === 1) expect(chunks.length).toBeGreaterThan(3);
    }
  });

  it('writes JSON Lines with a newline after every value', () => {
    const values = [{ a: 1 }, 'two', [3]];
    expect([...jsonLineChunks(values, 5)].join('')).toBe(`${values.map((v) => JSON.stringify(v)).join('\n')}\n`);
    expect([...jsonLineChunks([])]).toEqual([]);
  });

  it('writes the chunks to a file in order', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-chunks-'));
    try {
      const file = path.join(dir, 'dataset.json');
      writeChunks(file, objectOfListsChunks(value, 3));
      expect(fs.readFileSync(file, 'utf8')).toBe(JSON.stringify(value));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
