// @vitest-environment node
/** Page slices: what each page's slice holds, in the full dataset's order, and that pages answer the same from it. */
import { describe, expect, it } from 'vitest';
import { citationsBySource } from '../../../src/domain/sources/citations.ts';
import { indexDataset } from '../../../src/domain/dataset/dataset.ts';
import { recordKey, type DatasetIndex } from '../../../src/domain/dataset/timelineRecord.ts';
import { parseRawDataset } from '../../../src/domain/dataset/loadDataset.ts';
import { coParticipants, unitsOf } from '../../../src/domain/query/organisations.ts';
import { relatedToAgreement, relatedToDelegation, relatedToEvent, type RelatedGroup } from '../../../src/domain/dataset/related.ts';
import { mergeDatasets, pageSlice, sliceKinds, type SliceKind } from '../../../src/domain/publish/slices.ts';
import type { RawDataset } from '../../../src/domain/records/types.ts';
import { generateDataset } from '../../../src/tools/synth/generate.ts';
import { loadSectors } from '../../../src/tools/synth/write.ts';
import { realData } from '../../support/realData.ts';
import { glossFor, glossKey } from '../../../src/domain/sources/glosses.ts';

const real = indexDataset(realData().dataset);
const synth = indexDataset(generateDataset({ records: 250, seed: 7, sectors: loadSectors() }).dataset);

const lists = ['sources', 'organisations', 'people', 'events', 'delegations', 'agreements'] as const;

function idsOf(index: DatasetIndex, kind: SliceKind): string[] {
  const { raw } = index;
  return { organisation: raw.organisations, event: raw.events, delegation: raw.delegations, agreement: raw.agreements, source: raw.sources, series: raw.series }[kind].map((item) => item.id);
}

const relatedIds = (groups: RelatedGroup[]) =>
  groups.map((g) => ({ key: g.key, heading: g.heading, items: g.items.map((i) => [i.record.type, i.record.id, i.sharedOrganisations ?? null]) }));

const relatedTo = { event: relatedToEvent, delegation: relatedToDelegation, agreement: relatedToAgreement };

/** Each list of the slice is the full list with the items it leaves out removed: same order, no copies. */
function expectSubsequences(full: RawDataset, slice: RawDataset) {
  for (const list of lists) {
    const keep = new Set(slice[list].map((item) => item.id));
    expect(slice[list].map((item) => item.id)).toEqual(full[list].filter((item) => keep.has(item.id)).map((item) => item.id));
  }
}

describe.each([
  ['the real data', real],
  ['synthetic data', synth],
])('slices of %s', (_, index) => {
  it('keep the full dataset’s order and parse with the dataset schema', () => {
    for (const kind of sliceKinds) {
      for (const id of idsOf(index, kind)) {
        const slice = pageSlice(index, kind, id)!;
        expectSubsequences(index.raw, slice);
        expect(parseRawDataset(JSON.parse(JSON.stringify(slice)))).toEqual(slice);
      }
    }
  });

  it('give a record page the same related records, facts and evidence sources as the full dataset', () => {
    for (const kind of ['event', 'delegation', 'agreement'] as const) {
      for (const id of idsOf(index, kind)) {
        const slice = indexDataset(pageSlice(index, kind, id)!);
        expect(relatedIds(relatedTo[kind](slice, id))).toEqual(relatedIds(relatedTo[kind](index, id)));
        const record = slice.recordsByKey.get(recordKey(kind, id))!;
        for (const { source } of record.evidence) expect(slice.sourcesById.get(source)).toBe(index.sourcesById.get(source));
        for (const { id: org } of record.organisations) expect(slice.organisationsById.get(org)).toBe(index.organisationsById.get(org));
        for (const { source, quote } of record.evidence) expect(glossFor(slice, source, quote)).toBe(glossFor(index, source, quote));
      }
    }
  });

  it('give an organisation page the same records, people, units, partners and the sources it quotes or exports', () => {
    for (const id of idsOf(index, 'organisation')) {
      const raw = pageSlice(index, 'organisation', id)!;
      const slice = indexDataset(raw);
      const links = (i: DatasetIndex) => (i.recordsByOrganisation.get(id) ?? []).map((l) => [l.record.type, l.record.id, l.roles]);
      expect(links(slice)).toEqual(links(index));
      expect(slice.peopleByOrganisation.get(id) ?? []).toEqual(index.peopleByOrganisation.get(id) ?? []);
      expect(unitsOf(slice, id)).toEqual(unitsOf(index, id));
      const partners = coParticipants(index, id);
      expect(coParticipants(slice, id)).toEqual(partners);
      for (const partner of partners) expect(slice.organisationsById.has(partner.id)).toBe(true);

      const shown = [index.organisationsById.get(id)!, ...(index.recordsByOrganisation.get(id) ?? []).map((l) => l.record), ...(index.peopleByOrganisation.get(id) ?? [])];
      const quoted = new Set(shown.flatMap((item) => item.evidence.map((e) => e.source)));
      // Exactly those: the articles that only its partners cite are for the partners' own pages.
      expect(raw.sources.map((s) => s.id).sort()).toEqual([...quoted].filter((s) => index.sourcesById.has(s)).sort());
    }
  });

  it('give a source page every record citing it, with the same quotes', () => {
    for (const id of idsOf(index, 'source')) {
      const slice = pageSlice(index, 'source', id)!;
      expect(citationsBySource(slice).get(id) ?? []).toEqual(citationsBySource(index.raw).get(id) ?? []);
      // Every gloss of the article's quotes (and those of the other articles its records cite).
      expect(slice.glosses.filter((g) => g.source === id)).toEqual(index.raw.glosses.filter((g) => g.source === id));
    }
  });

  it('carry only glosses of quotes from the sources they carry, in the full dataset’s order', () => {
    const order = new Map(index.raw.glosses.map((g, i) => [glossKey(g.source, g.quote), i]));
    for (const kind of sliceKinds) {
      for (const id of idsOf(index, kind)) {
        const slice = pageSlice(index, kind, id)!;
        const sources = new Set(slice.sources.map((s) => s.id));
        const at = slice.glosses.map((g) => order.get(glossKey(g.source, g.quote))!);
        expect(at).toEqual([...at].sort((a, b) => a - b));
        for (const g of slice.glosses) expect(sources.has(g.source)).toBe(true);
      }
    }
  });

  it('merge glosses by quote, each once', () => {
    const ids = idsOf(index, 'source');
    const a = pageSlice(index, 'source', ids[0]!)!;
    const b = pageSlice(index, 'source', ids[1]!)!;
    const merged = mergeDatasets(mergeDatasets(a, b), a);
    const keys = merged.glosses.map((g) => glossKey(g.source, g.quote));
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(keys)).toEqual(new Set([...a.glosses, ...b.glosses].map((g) => glossKey(g.source, g.quote))));
  });
});

describe('slice caches', () => {
  it('answer the same on every call, and keep each dataset’s answers apart', () => {
    const id = real.raw.organisations[0]!.id;
    const first = JSON.stringify(pageSlice(real, 'organisation', id));
    // A smaller dataset (a slice of this one) with its own order and links, sliced in between.
    const sub = indexDataset({ ...real.raw, organisations: [...real.raw.organisations].reverse(), events: real.raw.events.slice(0, 5) });
    const subSlice = pageSlice(sub, 'organisation', id)!;
    expectSubsequences(sub.raw, subSlice);
    expect(JSON.stringify(pageSlice(real, 'organisation', id))).toBe(first);
  });

  it('miss no record nor report one absent', () => {
    for (const kind of sliceKinds) expect(pageSlice(synth, kind, 'no-such-id')).toBeNull();
  });
});
