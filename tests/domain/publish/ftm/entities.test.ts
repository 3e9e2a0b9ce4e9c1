import { defaultModel, Model, type Schema } from '@alephdata/followthemoney';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../../src/domain/dataset/dataset.ts';
import { ftmId, ftmLines, type FtmEntity } from '../../../../src/domain/publish/ftm/index.ts';
import type { RecordDate } from '../../../../src/domain/records/index.ts';
import { realData } from '../../../support/realData.ts';

const model = new Model(defaultModel);
const index = indexDataset(realData().dataset);
const raw = index.raw;
const text = ftmLines({ index, absolute: (p) => `https://atlas.example${p}` });
const entities = text.trimEnd().split('\n').map((line) => JSON.parse(line) as FtmEntity);
const byId = new Map(entities.map((e) => [e.id, e]));
/** An ISO 8601 prefix, as FtM's date type takes: YYYY, YYYY-MM, YYYY-MM-DD (optionally a time). */
const isoPrefix = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$/;

function requiredOf(schema: Schema): string[] {
  return [...new Set([schema, ...schema.getParents()].flatMap((s) => s.required))];
}

describe('the FollowTheMoney export validates against the FtM model', () => {
  it('has one JSON entity per line, each with an id, a schema and string-valued properties', () => {
    expect(entities.length).toBeGreaterThan(0);
    expect(byId.size).toBe(entities.length);
    for (const entity of entities) {
      expect(Object.keys(entity).sort()).toEqual(['id', 'properties', 'schema']);
      for (const values of Object.values(entity.properties)) {
        expect(values.length).toBeGreaterThan(0);
        for (const value of values) expect(typeof value).toBe('string');
      }
    }
  });

  it.each(entities.map((e) => [e.id, e] as const))('%s', (_id, entity) => {
    const schema = model.getSchema(entity.schema);
    expect(schema.abstract, `${entity.schema} is abstract`).toBe(false);
    for (const name of requiredOf(schema)) expect(entity.properties[name], `required ${name}`).toBeDefined();
    for (const [name, values] of Object.entries(entity.properties)) {
      expect(schema.hasProperty(name), `${entity.schema} has no property ${name}`).toBe(true);
      const property = schema.getProperty(name);
      for (const value of values) {
        if (property.type.name === 'entity') {
          const target = byId.get(value);
          expect(target, `${name} → ${value}`).toBeDefined();
          expect(model.getSchema(target!.schema).isA(property.getRange()), `${name} → ${target!.schema}`).toBe(true);
        }
        if (property.type.name === 'date') expect(value).toMatch(isoPrefix);
        if (property.type.name === 'country') expect(value).toMatch(/^[a-z]{2}$/);
        if (property.maxLength) expect(value.length, `${name} too long`).toBeLessThanOrEqual(property.maxLength);
      }
    }
  });
});

describe('no record or fact is lost', () => {
  const recordIds = [
    ...raw.organisations.map((o) => ftmId.organisation(o.id)),
    ...raw.people.map((p) => ftmId.person(p.id)),
    ...raw.events.map((e) => ftmId.event(e.id)),
    ...raw.delegations.map((d) => ftmId.delegation(d.id)),
    ...raw.agreements.map((a) => ftmId.agreement(a.id)),
    ...raw.series.map((s) => ftmId.series(s.id)),
    ...raw.sources.map((s) => ftmId.source(s.id)),
  ];

  it('has an entity for every record (sectors are a vocabulary, carried as no entity)', () => {
    expect(recordIds.every((id) => byId.has(id))).toBe(true);
    const supporting = new Set(['Address', 'Membership', 'Documentation']);
    expect(entities.filter((e) => !supporting.has(e.schema))).toHaveLength(recordIds.length);
  });

  /** The facts of the data, counted from the data itself: names, aliases, countries, dates, links, quotes. */
  function expectedFacts() {
    const names = (name: string, names: Record<string, string>) => new Set([name, ...Object.values(names)]).size;
    const dates = (d: RecordDate) => (d.start ? 1 + (d.end ? 1 : 0) : 0);
    let count = 0;
    for (const o of raw.organisations) count += names(o.name, o.names) + new Set(o.aliases).size + (o.country ? 1 : 0) + (o.parent ? 1 : 0);
    for (const p of raw.people) count += names(p.name, p.names) + (p.organisation ? 1 : 0);
    for (const e of raw.events) count += names(e.title, e.names) + dates(e.date) + new Set(e.participants.map((p) => p.organisation)).size + new Set(e.people.map((p) => p.person)).size;
    for (const d of raw.delegations) count += names(d.title, d.names) + dates(d.date) + new Set([...d.organisers, ...d.members, ...d.stops.flatMap((s) => s.organisations)]).size;
    for (const a of raw.agreements) count += names(a.title, a.names) + dates(a.date) + new Set(a.parties).size;
    for (const s of raw.series) count += names(s.title, s.names) + (s.since ? 1 : 0);
    for (const r of [...raw.organisations, ...raw.people, ...raw.events, ...raw.delegations, ...raw.agreements, ...raw.series]) count += r.evidence.length;
    return count;
  }

  /** The same facts as the export carries them. */
  function exportedFacts() {
    let count = 0;
    const values = (e: FtmEntity | undefined, ...names: string[]) => names.reduce((n, name) => n + (e?.properties[name]?.length ?? 0), 0);
    for (const o of raw.organisations) {
      const e = byId.get(ftmId.organisation(o.id));
      count += values(e, 'name', 'country') + new Set(o.aliases).size;
      expect(e?.properties.alias ?? []).toEqual(expect.arrayContaining(o.aliases));
    }
    for (const p of raw.people) count += values(byId.get(ftmId.person(p.id)), 'name');
    for (const e of raw.events) count += values(byId.get(ftmId.event(e.id)), 'name', 'startDate', 'endDate', 'organizer', 'involved');
    for (const d of raw.delegations) count += values(byId.get(ftmId.delegation(d.id)), 'name', 'startDate', 'endDate', 'organizer', 'involved');
    for (const a of raw.agreements) count += values(byId.get(ftmId.agreement(a.id)), 'name', 'startDate', 'endDate', 'involved');
    for (const s of raw.series) count += values(byId.get(ftmId.series(s.id)), 'name', 'startDate');
    for (const e of entities) count += e.schema === 'Membership' ? 1 : e.schema === 'Documentation' ? values(e, 'summary') : 0;
    return count;
  }

  it('carries as many values as the data has facts', () => {
    expect(exportedFacts()).toBe(expectedFacts());
  });

  it('keeps dates at the text’s precision and says a yearless date in words', () => {
    for (const e of raw.events) {
      const entity = byId.get(ftmId.event(e.id))!;
      expect(entity.properties.startDate ?? []).toEqual(e.date.start ? [e.date.start] : []);
      if (!e.date.start && e.date.month) expect(entity.properties.description?.[0]).toMatch(/year not stated/);
    }
  });

  it('links each article to the records that quote it, and organisation units to their parent', () => {
    const event = raw.events[0]!;
    const docs = entities.filter((e) => e.schema === 'Documentation' && e.properties.entity?.[0] === ftmId.event(event.id));
    expect(docs.map((d) => d.properties.document![0]).sort()).toEqual([...new Set(event.evidence.map((q) => ftmId.source(q.source)))].sort());
    const unit = raw.organisations.find((o) => o.parent)!;
    expect(entities).toContainEqual(expect.objectContaining({ schema: 'Membership', properties: expect.objectContaining({ member: [ftmId.organisation(unit.id)], organization: [ftmId.organisation(unit.parent!)] }) }));
  });
});
