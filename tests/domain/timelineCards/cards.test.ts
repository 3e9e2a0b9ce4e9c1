// @vitest-environment node
/** The timeline's card shards and page data, from the real data and a synthetic corpus. */
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset/index.ts';
import { cardShards, firstRenderedRows, shardOfRow, timelineCard, timelinePageData, windowingThreshold } from '../../../src/domain/timelineCards/index.ts';
import { generateDataset } from '../../../src/tools/synth/generate.ts';
import { loadSectors } from '../../../src/tools/synth/write.ts';
import { realData } from '../../support/realData.ts';

describe('card shards', () => {
  const index = indexDataset(generateDataset({ records: 1234, seed: 3, sectors: loadSectors() }).dataset);

  it('hold every row once, in row order, each shard naming every organisation its cards name', () => {
    const shards = [...cardShards(index, 100)];
    expect(shards).toHaveLength(13);
    const rows = shards.flatMap((shard) => shard.cards.map((card, i) => ({ row: shard.first + i, card })));
    expect(rows).toHaveLength(index.records.length);
    rows.forEach(({ row, card }) => {
      expect(card).toEqual(timelineCard(index.records[row]!));
      expect(shardOfRow(row, 100)).toBe(Math.floor(row / 100));
    });
    for (const shard of shards) {
      const named = new Set(shard.organisations.map((o) => o.id));
      expect(named.size).toBe(shard.organisations.length);
      for (const card of shard.cards) for (const { id } of card.organisations) expect(named.has(id) || !index.organisationsById.has(id)).toBe(true);
    }
  });

  it('carry what a card shows, not the quotes behind it', () => {
    const [first] = cardShards(index, 100);
    const card = first!.cards[0]!;
    expect(Object.keys(card).sort()).toEqual(['countries', 'date', 'id', 'kind', 'online', 'organisations', 'place', 'sectors', 'status', 'title', 'type']);
    expect(JSON.stringify(first).length).toBeLessThan(JSON.stringify(index.records.slice(0, 100)).length / 3);
  });

  it('a short list needs every row’s card before the first render, a long one a first window’s', () => {
    expect(firstRenderedRows(Int32Array.from({ length: windowingThreshold }, (_, i) => i))).toHaveLength(windowingThreshold);
    expect(firstRenderedRows(Int32Array.from({ length: windowingThreshold + 1 }, (_, i) => i)).length).toBeLessThan(windowingThreshold);
  });
});

describe('the timeline page data', () => {
  it('counts what the whole dataset counts, without its records', () => {
    const index = indexDataset(realData().dataset);
    const page = timelinePageData(index, { cards: { size: 100, files: ['a.json'] }, organisations: 'o.json' });
    expect(page.rows).toBe(index.records.length);
    expect(page.totals.countries).toEqual(Object.fromEntries(index.countryRecordCounts));
    expect(Object.keys(page.totals.sectors).sort()).toEqual([...index.sectorsById.keys()].sort());
    expect(page.coverage.records.total).toBe(index.records.length);
    expect(page.years[0]).toBeLessThanOrEqual(page.years.at(-1)!);
    expect(JSON.stringify(page).length).toBeLessThan(8_000);
  });
});
