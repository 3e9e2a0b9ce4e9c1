import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset/dataset.ts';
import { recordKey } from '../../../src/domain/dataset/timelineRecord.ts';
import { reverseDateRuns, sortedPositions, sortRecords, type SortOrder } from '../../../src/domain/dataset/recordOrder.ts';
import { normaliseForSearch } from '../../../src/domain/search/text.ts';
import { generateDataset } from '../../../src/tools/synth/generate.ts';
import { realData } from '../../support/realData.ts';

type Dated = { sortKey: number | null; title: string };

/** The order as specified, as one comparator: date, then the titles' normalised words, then the titles, then input order. */
function plainOrder(records: readonly Dated[], order: SortOrder): number[] {
  const words = (title: string) => (normaliseForSearch(title) === '' ? [] : normaliseForSearch(title).split(' '));
  const byWords = (x: string[], y: string[]) => {
    for (let k = 0; k < Math.min(x.length, y.length); k += 1) if (x[k] !== y[k]) return x[k]! < y[k]! ? -1 : 1;
    return x.length - y.length;
  };
  return records
    .map((record, i) => ({ record, i }))
    .sort((a, b) => {
      const ka = a.record.sortKey;
      const kb = b.record.sortKey;
      if (ka !== kb) {
        if (ka === null) return 1;
        if (kb === null) return -1;
        return order === 'newest' ? kb - ka : ka - kb;
      }
      const w = byWords(words(a.record.title), words(b.record.title));
      if (w !== 0) return w;
      if (a.record.title !== b.record.title) return a.record.title < b.record.title ? -1 : 1;
      return a.i - b.i;
    })
    .map(({ i }) => i);
}

// Few dates and titles, so that most records tie on their date and many on their words.
const sortKey = fc.oneof(
  fc.constantFrom(null, 20250000, 20251200, 20251204, 20240000, 19990101),
  fc.constantFrom(-5, 1.5, 100_000_000, 2 ** 40), // not from dateSortKey: the plain comparator takes over
);
const title = fc
  .array(fc.constantFrom('Ärzte', 'arzte', 'Zebra', 'zebra', 'Chengdu', 'chengdu–finland', 'Chengdu-Finland', '成都', 'a', 'A', ' ', '', 'Σ'), {
    maxLength: 4,
  })
  .map((w) => w.join(' '));
const records = fc.array(fc.record({ sortKey, title }), { maxLength: 60 });
const usualRecords = fc.array(fc.record({ sortKey: fc.constantFrom(null, 20250000, 20251200, 20251204, 20240000), title }), { maxLength: 60 });

describe('the date order of records', () => {
  it('sorts by date, unknown dates last, then by the titles’ words, the titles, and input order', () => {
    fc.assert(
      fc.property(records, fc.constantFrom<SortOrder>('newest', 'oldest'), (list, order) => {
        expect([...sortedPositions(list, order)]).toEqual(plainOrder(list, order));
      }),
      { numRuns: 500 },
    );
  });

  it('gives oldest first as newest first with the runs of equal dates reversed', () => {
    fc.assert(
      fc.property(usualRecords, (list) => {
        expect([...reverseDateRuns(list, sortedPositions(list, 'newest'))]).toEqual(plainOrder(list, 'oldest'));
      }),
      { numRuns: 300 },
    );
  });

  it('folds case and diacritics, so the order does not depend on a locale', () => {
    const list = [
      { sortKey: 20250000, title: 'Zebra talks' },
      { sortKey: 20250000, title: 'Ärzte forum' },
      { sortKey: 20250000, title: 'apple fair' },
      { sortKey: 20250000, title: 'Apple fair' },
    ];
    expect(sortRecords(list as never, 'newest').map((r) => r.title)).toEqual(['Apple fair', 'apple fair', 'Ärzte forum', 'Zebra talks']);
  });

  it('is the order indexDataset gives, which compares titles by their words in the search index', () => {
    const synthetic = generateDataset({ records: 600, seed: 3, sectors: realData().dataset.sectors }).dataset;
    for (const raw of [realData().dataset, synthetic]) {
      const index = indexDataset(raw);
      const key = (r: { type: 'event' | 'delegation' | 'agreement'; id: string }) => recordKey(r.type, r.id);
      expect(sortRecords(index.records, 'newest').map(key)).toEqual(index.records.map(key));
      // From another input order: the same, but for records equal in date and title.
      const shape = (r: Dated) => `${r.sortKey} ${r.title}`;
      expect(sortRecords([...index.records].reverse(), 'newest').map(shape)).toEqual(index.records.map(shape));
    }
  });
});
