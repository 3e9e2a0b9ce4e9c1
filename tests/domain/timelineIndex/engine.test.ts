// @vitest-environment node
/** The timeline engine fetches only what a query needs, and answers as the record-list engine does. */
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset/index.ts';
import { defaultFilters, filterRecords, type TimelineFilters } from '../../../src/domain/query/index.ts';
import { TimelineEngine } from '../../../src/domain/timelineIndex/index.ts';
import { timelineIndexFiles } from '../../../src/tools/build/timelineIndexFiles.ts';
import { realData } from '../../support/realData.ts';

function engineOverRealData() {
  const index = indexDataset(realData().dataset);
  const files = timelineIndexFiles(index);
  const fetched: string[] = [];
  const engine = new TimelineEngine(async (path) => {
    fetched.push(path);
    const bytes = files.get(path);
    if (!bytes) throw new Error(`no ${path}`);
    return bytes;
  });
  const keysOf = (filters: TimelineFilters) => filterRecords(index.records, filters).map((r) => `${r.type}:${r.id}`);
  const keysOfRows = (rows: Int32Array) => Array.from(rows, (row) => `${index.records[row]!.type}:${index.records[row]!.id}`);
  return { index, engine, fetched, keysOf, keysOfRows };
}

describe('TimelineEngine', () => {
  it('answers the first view from the meta file and the first tables alone', async () => {
    const { engine, fetched, keysOf, keysOfRows } = engineOverRealData();
    const answer = await engine.answer({ filters: defaultFilters });
    expect(keysOfRows(answer.rows)).toEqual(keysOf(defaultFilters));
    expect(fetched[0]).toBe('data/timeline/index.json');
    expect(fetched.filter((path) => /organisation|search-/.test(path))).toEqual([]);
    expect(engine.answerNow({ filters: { ...defaultFilters, sort: 'oldest' } })).not.toBeNull();
  });

  it('fetches the organisations only for an organisation filter or the picker, and search chunks only for a search', async () => {
    const { index, engine, fetched, keysOf, keysOfRows } = engineOverRealData();
    await engine.answer({ filters: defaultFilters });
    const withSearch = { ...defaultFilters, q: 'chengdu' };
    expect(engine.answerNow({ filters: withSearch })).toBeNull();
    expect(keysOfRows((await engine.answer({ filters: withSearch })).rows)).toEqual(keysOf(withSearch));
    expect(fetched.some((path) => path.includes('search-'))).toBe(true);
    expect(fetched.some((path) => path.includes('organisation'))).toBe(false);
    const kone = index.raw.organisations.find((o) => o.id === 'kone')?.id ?? index.raw.organisations[0]!.id;
    const withOrganisation = { ...defaultFilters, orgs: [kone] };
    const answer = await engine.answer({ filters: withOrganisation });
    expect(keysOfRows(answer.rows)).toEqual(keysOf(withOrganisation));
    expect(answer.rows.length).toBeGreaterThan(0);
    expect(fetched.filter((path) => path.includes('organisation'))).toHaveLength(2);
    expect((await engine.answer({ filters: defaultFilters, organisations: true })).organisations.get(kone)).toBeGreaterThan(0);
  });
});
