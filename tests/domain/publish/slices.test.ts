// @vitest-environment node
/** Page slices: what each page's slice holds, in the full dataset's order, and that pages answer the same from it. */
import { describe, expect, it } from 'vitest';
import { citationsBySource } from '../../../src/domain/sources/citations.ts';
import { indexDataset } from '../../../src/domain/dataset/dataset.ts';
import { recordKey, type DatasetIndex, type TimelineRecord } from '../../../src/domain/dataset/timelineRecord.ts';
import { decodeSlice, encodeSlice, isReference, type EncodedSlice } from '../../../src/domain/publish/sliceReferences.ts';
import { isRecordReference } from '../../../src/domain/publish/recordReferences.ts';
import { coParticipants, unitsOf } from '../../../src/domain/query/organisations.ts';
import { relatedToAgreement, relatedToDelegation, relatedToEvent, type RelatedGroup } from '../../../src/domain/dataset/related.ts';
import { mergeDatasets, organisationRecordsSlice, pageSlice, sliceKinds, type SliceKind } from '../../../src/domain/publish/slices.ts';
import type { Organisation, RawDataset } from '../../../src/domain/records/types.ts';
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

/** What a page that only names an organisation shows of it: its names and its country (the records' countries). */
const shown = ({ id, name, names, country }: Organisation) => ({ id, name, names, country });

/** A reference's JSON: its names and country, each left out when empty. */
const referenceJson = ({ id, name, names, country }: Organisation) => ({ id, name, ...(Object.keys(names).length > 0 ? { names } : {}), ...(country ? { country } : {}) });

/** What a card or link shows of a record: all but its summary, evidence, search words and the basis of its date. */
const cardOf = ({ summary: _s, evidence: _e, search: _search, date: { basis: _basis, ...date }, ...card }: TimelineRecord) => ({ ...card, date });

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
        // Published with references (sliceReferences.ts) and read back, it is the same slice.
        expect(decodeSlice(JSON.parse(JSON.stringify(encodeSlice(slice))))).toEqual(slice);
      }
    }
  });

  it('give a record page the same related records, facts and evidence sources as the full dataset', () => {
    for (const kind of ['event', 'delegation', 'agreement'] as const) {
      for (const id of idsOf(index, kind)) {
        const slice = indexDataset(pageSlice(index, kind, id)!);
        expect(relatedIds(relatedTo[kind](slice, id))).toEqual(relatedIds(relatedTo[kind](index, id)));
        const record = slice.recordsByKey.get(recordKey(kind, id))!;
        // Its own record whole; the records it lists, as the same cards.
        expect(slice.raw[`${kind}s`].find((item) => item.id === id)).toBe(index.raw[`${kind}s`].find((item) => item.id === id));
        for (const listed of slice.records) expect(cardOf(listed)).toEqual(cardOf(index.recordsByKey.get(recordKey(listed.type, listed.id))!));
        for (const { source } of record.evidence) expect(slice.sourcesById.get(source)).toBe(index.sourcesById.get(source));
        // Its organisations by reference: what a page shows of them, the same as in the full dataset.
        for (const { id: org } of record.organisations) expect(shown(slice.organisationsById.get(org)!)).toEqual(shown(index.organisationsById.get(org)!));
        for (const { source, quote } of record.evidence) expect(glossFor(slice, source, quote)).toBe(glossFor(index, source, quote));
      }
    }
  });

  it('give an organisation page the same records, people, units, partners and the sources it quotes', () => {
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

      // Its records as the same cards (their evidence and summaries come with the export, not the slice).
      const cards = (i: DatasetIndex) => (i.recordsByOrganisation.get(id) ?? []).map(({ record }) => cardOf(record));
      expect(cards(slice)).toEqual(cards(index));

      const shown = [index.organisationsById.get(id)!, ...(index.peopleByOrganisation.get(id) ?? [])];
      const quoted = new Set(shown.flatMap((item) => item.evidence.map((e) => e.source)));
      // Exactly those: the articles that only its records and partners cite are for their own pages.
      expect(raw.sources.map((s) => s.id).sort()).toEqual([...quoted].filter((s) => index.sourcesById.has(s)).sort());
    }
  });

  it('give an organisation page’s export its records whole, with the sources they quote and the organisations they name', () => {
    for (const id of idsOf(index, 'organisation')) {
      if (!index.recordsByOrganisation.get(id)?.length) {
        expect(organisationRecordsSlice(index, id)).toBeNull();
        continue;
      }
      const published = decodeSlice(JSON.parse(JSON.stringify(encodeSlice(organisationRecordsSlice(index, id)!))));
      const slice = indexDataset(published);
      const records = (i: DatasetIndex) => (i.recordsByOrganisation.get(id) ?? []).map(({ record: { search: _search, ...record } }) => record);
      expect(records(slice)).toEqual(records(index));
      for (const record of records(index)) {
        for (const { source } of record.evidence) expect(slice.sourcesById.get(source)).toEqual(index.sourcesById.get(source));
        for (const organisation of record.organisations) expect(slice.organisationsById.get(organisation.id)?.name).toBe(index.organisationsById.get(organisation.id)!.name);
      }
    }
    expect(organisationRecordsSlice(index, 'no-such-id')).toBeNull();
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

describe('references instead of copies', () => {
  const event = real.raw.events.find((e) => e.participants.length >= 3)!;
  const organisationId = real.raw.organisations.find((o) => (real.recordsByOrganisation.get(o.id)?.length ?? 0) >= 3)!.id;

  it('carry the organisations a record page names as references, with no summary, figures or evidence in the JSON', () => {
    const slice = pageSlice(real, 'event', event.id)!;
    const json = JSON.parse(JSON.stringify(encodeSlice(slice))) as { organisations: Array<Record<string, unknown>> };
    for (const participant of event.participants) {
      const entry = json.organisations.find((o) => o.id === participant.organisation)!;
      expect(entry).toEqual(referenceJson(real.organisationsById.get(participant.organisation)!));
      expect(Object.keys(entry)).not.toContain('evidence');
      expect(isReference(slice.organisations.find((o) => o.id === participant.organisation)!)).toBe(true);
    }
  });

  it('carry an organisation page’s own organisation, parent and units in full, its partners as references', () => {
    const slice = pageSlice(real, 'organisation', organisationId)!;
    const own = slice.organisations.find((o) => o.id === organisationId)!;
    expect(isReference(own)).toBe(false);
    expect(own).toBe(real.organisationsById.get(organisationId));
    const inFull = new Set([organisationId, ...unitsOf(real, organisationId).map((unit) => unit.id), real.organisationsById.get(organisationId)!.parent]);
    const partners = coParticipants(real, organisationId).filter((partner) => !inFull.has(partner.id));
    expect(partners.length).toBeGreaterThan(0);
    for (const partner of partners) expect(isReference(slice.organisations.find((o) => o.id === partner.id)!)).toBe(true);
  });

  it('carry only the series their records belong to, and a series page its own', () => {
    for (const record of real.raw.events) {
      const slice = pageSlice(real, 'event', record.id)!;
      const expected = new Set(slice.events.flatMap((e) => (e.series ? [e.series] : [])));
      expect(slice.series.map((s) => s.id)).toEqual(real.raw.series.filter((s) => expected.has(s.id)).map((s) => s.id));
    }
    for (const series of real.raw.series) expect(pageSlice(real, 'series', series.id)!.series.map((s) => s.id)).toContain(series.id);
  });

  it('merge a full organisation over a reference to it, in the reference’s place, whichever slice came first', () => {
    const eventSlice = decodeSlice(JSON.parse(JSON.stringify(encodeSlice(pageSlice(real, 'event', event.id)!))));
    const partner = event.participants[0]!.organisation;
    const organisationSlice = decodeSlice(JSON.parse(JSON.stringify(encodeSlice(pageSlice(real, 'organisation', partner)!))));
    for (const merged of [mergeDatasets(eventSlice, organisationSlice), mergeDatasets(organisationSlice, eventSlice)]) {
      const found = merged.organisations.filter((o) => o.id === partner);
      expect(found).toHaveLength(1);
      expect(isReference(found[0]!)).toBe(false);
      expect(found[0]!.evidence).toEqual(real.organisationsById.get(partner)!.evidence);
    }
  });

  it('carry the records a page only lists as references, without summaries, people or evidence in the JSON, and its own whole', () => {
    const delegation = real.raw.delegations.find((d) => relatedToDelegation(real, d.id).length > 0)!;
    const slice = pageSlice(real, 'delegation', delegation.id)!;
    expect(slice.delegations.find((d) => d.id === delegation.id)).toBe(delegation);
    const json = JSON.parse(JSON.stringify(encodeSlice(slice))) as EncodedSlice;
    const listed = [...json.events, ...json.delegations.filter((d) => d.id !== delegation.id), ...json.agreements];
    expect(listed.length).toBeGreaterThan(0);
    for (const entry of listed) for (const field of ['summary', 'evidence', 'figures', 'names', 'people', 'purpose']) expect(Object.keys(entry)).not.toContain(field);
    const organisationSlice = pageSlice(real, 'organisation', organisationId)!;
    expect([...organisationSlice.events, ...organisationSlice.delegations, ...organisationSlice.agreements].every(isRecordReference)).toBe(true);
  });

  it('merge a whole record over a reference to it, in the reference’s place, whichever slice came first', () => {
    const eventSlice = decodeSlice(JSON.parse(JSON.stringify(encodeSlice(pageSlice(real, 'event', event.id)!))));
    const organisationSlice = decodeSlice(JSON.parse(JSON.stringify(encodeSlice(pageSlice(real, 'organisation', event.participants[0]!.organisation)!))));
    expect(isRecordReference(organisationSlice.events.find((e) => e.id === event.id)!)).toBe(true);
    for (const [merged, first] of [[mergeDatasets(organisationSlice, eventSlice), organisationSlice], [mergeDatasets(eventSlice, organisationSlice), eventSlice]] as const) {
      const found = merged.events.filter((e) => e.id === event.id);
      expect(found).toEqual([event]);
      expect(merged.events.findIndex((e) => e.id === event.id)).toBe(first.events.findIndex((e) => e.id === event.id));
    }
  });

  it('reject a whole record with broken evidence rather than read it as a reference', () => {
    const json = JSON.parse(JSON.stringify(encodeSlice(pageSlice(real, 'event', event.id)!))) as { events: Array<Record<string, unknown>> };
    json.events.find((e) => e.id === event.id)!.evidence = [];
    expect(() => decodeSlice(json)).toThrow(/failed validation/);
  });

  it('reject a full organisation with broken evidence rather than read it as a reference', () => {
    const json = JSON.parse(JSON.stringify(encodeSlice(pageSlice(real, 'organisation', organisationId)!))) as { organisations: Array<Record<string, unknown>> };
    const own = json.organisations.find((o) => o.id === organisationId)!;
    own.evidence = [];
    expect(() => decodeSlice(json)).toThrow(/failed validation/);
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
