import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTranslations, checkTranslationsDir, englishHash } from '../../../src/tools/check/translationCheck.ts';
import { phraseUses } from '../../../src/domain/i18n/index.ts';
import { fixtureDataset } from '../../fixtures/dataset.ts';
import { writeDataDir } from '../../fixtures/writeDataDir.ts';

const label = 'translations/zh-Hans.json';
const h = englishHash;

/** A complete, up-to-date translation of the fixture dataset. */
function fullTranslations() {
  const data = fixtureDataset();
  const entry = (english: string, text = `译：${english}`) => ({ text, from: h(english) });
  const records: Record<string, Record<string, { text: string; from: string; kind?: 'our-translation' }>> = {};
  for (const series of data.series) records[`series/${series.id}`] = { title: entry(series.title), summary: entry(series.summary) };
  for (const sector of data.sectors) records[`sectors/${sector.id}`] = { label: entry(sector.label) };
  for (const source of data.sources) {
    records[`sources/${source.id}`] = { title: entry(source.title.en), summary: entry(source.summary), 'published.basis': entry(source.published.basis) };
  }
  for (const org of data.organisations) {
    records[`organisations/${org.id}`] = { summary: entry(org.summary) };
    if (!org.names['zh-Hant'] && !org.names['zh-Hans']) records[`organisations/${org.id}`]!.name = { ...entry(org.name), kind: 'our-translation' };
  }
  for (const person of data.people) {
    const fields: Record<string, { text: string; from: string }> = {};
    if (person.role) fields.role = entry(person.role);
    if (person.summary) fields.summary = entry(person.summary);
    if (Object.keys(fields).length > 0) records[`people/${person.id}`] = fields;
  }
  const dateBasis = (record: { date: { basis?: string | undefined } }): Record<string, { text: string; from: string }> =>
    record.date.basis ? { 'date.basis': entry(record.date.basis) } : {};
  for (const event of data.events) records[`events/${event.id}`] = { title: entry(event.title), summary: entry(event.summary), ...dateBasis(event) };
  for (const del of data.delegations) {
    records[`delegations/${del.id}`] = { title: entry(del.title), purpose: entry(del.purpose), summary: entry(del.summary), ...dateBasis(del) };
    if (del.unnamedMembers) records[`delegations/${del.id}`]!.unnamedMembers = entry(del.unnamedMembers);
    del.stops.forEach((stop, i) => {
      if (stop.date?.basis) records[`delegations/${del.id}`]![`stops[${i}].date.basis`] = entry(stop.date.basis);
    });
  }
  for (const ag of data.agreements) {
    records[`agreements/${ag.id}`] = { title: entry(ag.title), summary: entry(ag.summary), ...dateBasis(ag) };
    if (ag.unnamedParties) records[`agreements/${ag.id}`]!.unnamedParties = entry(ag.unnamedParties);
  }
  const phrases = Object.fromEntries(phraseUses(data).map(({ english }) => [english, `译：${english}`]));
  return { lang: 'zh-Hans', translatedFrom: 'en', records, phrases };
}

describe('englishHash', () => {
  it('is the first 12 hex digits of the SHA-256 of the exact text', () => {
    expect(h('abc')).toBe('ba7816bf8f01');
    expect(h('成都')).toMatch(/^[0-9a-f]{12}$/);
    expect(h('Chengdu')).not.toBe(h('Chengdu '));
  });
});

describe('checkTranslations', () => {
  it('accepts a complete, up-to-date translation', () => {
    const result = checkTranslations(fixtureDataset(), fullTranslations(), label);
    expect(result.problems).toEqual([]);
    expect(result.todo).toEqual([]);
    expect(result.upToDate).toBeGreaterThan(20);
  });

  it('reports a stale entry when the English changed, with the new hash to use', () => {
    const data = fixtureDataset();
    data.events[0]!.summary = 'Matchmaking session jointly hosted by the Chengdu Commerce Bureau.';
    const result = checkTranslations(data, fullTranslations(), label);
    expect(result.problems).toEqual([`${label} events/ev-1 summary: stale (English changed)`]);
    expect(result.todo).toEqual([
      {
        file: 'events',
        id: 'ev-1',
        field: 'summary',
        english: data.events[0]!.summary,
        hash: h(data.events[0]!.summary),
        state: 'stale',
        current: '译：Matchmaking session hosted by the Chengdu Commerce Bureau.',
      },
    ]);
  });

  it('reports a missing translation of a required field', () => {
    const translations = fullTranslations();
    delete translations.records['events/ev-2']!.summary;
    delete translations.records['delegations/del-1'];
    delete translations.records['organisations/nordic-network']!.name;
    const result = checkTranslations(fixtureDataset(), translations, label);
    expect(result.problems).toEqual([
      `${label} organisations/nordic-network name: missing translation`,
      `${label} events/ev-2 summary: missing translation`,
      `${label} delegations/del-1 title: missing translation`,
      `${label} delegations/del-1 purpose: missing translation`,
      `${label} delegations/del-1 summary: missing translation`,
    ]);
    expect(result.todo.map((item) => item.state)).toEqual(['missing', 'missing', 'missing', 'missing', 'missing']);
  });

  it('does not require optional fields: a Chinese-titled source, absent English', () => {
    const data = fixtureDataset();
    data.sources[0]!.title = { ...data.sources[0]!.title, original: '測試文章', originalLang: 'zh-Hant' };
    const translations = fullTranslations();
    delete translations.records['sources/test-article']!.title;
    expect(checkTranslations(data, translations, label).problems).toEqual([]);
    // …but a translation of them is welcome, and checked.
    translations.records['sources/test-article']!.title = { text: '测试', from: h('Another title') };
    expect(checkTranslations(data, translations, label).problems).toEqual([`${label} sources/test-article title: stale (English changed)`]);
  });

  it("requires how each date is known: a record's date, each stop's date, a source's publication date", () => {
    const data = fixtureDataset();
    const stopped = data.delegations.find((del) => del.stops.length > 0)!;
    stopped.stops[0]!.date = { start: '2025-12', end: null, basis: 'December, as the session.' };
    const translations = fullTranslations();
    delete translations.records['sources/test-article']!['published.basis'];
    delete translations.records['events/ev-1']!['date.basis'];
    const result = checkTranslations(data, translations, label);
    expect(result.problems).toEqual([
      `${label} sources/test-article published.basis: missing translation`,
      `${label} events/ev-1 date.basis: missing translation`,
      `${label} delegations/${stopped.id} stops[0].date.basis: missing translation`,
    ]);
    expect(result.todo.map((item) => item.english)).toEqual([data.sources[0]!.published.basis, data.events[0]!.date.basis, 'December, as the session.']);
    translations.records['events/ev-1']!['date.basis'] = { text: '年份取自电头。', from: h('Year from the dateline!') };
    translations.records[`delegations/${stopped.id}`]!['stops[0].date.basis'] = { text: '12月，与专场相同。', from: h('December, as the session.') };
    translations.records[`delegations/${stopped.id}`]!['stops[1].date.basis'] = { text: '无', from: h('x') };
    expect(checkTranslations(data, translations, label).problems).toEqual([
      `${label} sources/test-article published.basis: missing translation`,
      `${label} events/ev-1 date.basis: stale (English changed)`,
      `${label} delegations/${stopped.id} stops[1].date.basis: orphan (not a translatable field of delegations: title, purpose, unnamedMembers, summary, date.basis, stops[0].date.basis)`,
    ]);
  });

  it('reports orphans: unknown records, unknown files, untranslatable fields and fields without English', () => {
    const translations = fullTranslations();
    translations.records['events/no-such-event'] = { summary: { text: '无', from: h('x') } };
    translations.records['meetings/ev-1'] = { summary: { text: '无', from: h('x') } };
    translations.records['events/ev-1']!.venue = { text: '无', from: h('x') };
    translations.records['people/li-na'] = { role: { text: '无', from: h('x') } };
    const result = checkTranslations(fixtureDataset(), translations, label);
    expect(result.problems).toEqual([
      `${label} people/li-na role: orphan (the record has no English role)`,
      `${label} events/ev-1 venue: orphan (not a translatable field of events: title, summary, date.basis)`,
      `${label} events/no-such-event: orphan (no such record in events.json)`,
      `${label} meetings/ev-1: orphan (no data file "meetings")`,
    ]);
  });

  it('allows our own Chinese name only for organisations the text gives none, marked as ours', () => {
    const translations = fullTranslations();
    translations.records['organisations/aurora-oy']!.name = { text: '奥罗拉', from: h('Aurora Oy'), kind: 'our-translation' };
    delete translations.records['organisations/nordic-network']!.name!.kind;
    translations.records['events/ev-1']!.title!.kind = 'our-translation';
    expect(checkTranslations(fixtureDataset(), translations, label).problems).toEqual([
      `${label} organisations/aurora-oy name: not allowed: the text gives a Chinese name (names["zh-Hant"])`,
      `${label} organisations/nordic-network name: must be marked "kind": "our-translation"`,
      `${label} events/ev-1 title: "kind": "our-translation" is only for organisation names`,
    ]);
  });

  it('reports a malformed file and a lang that does not match the file name', () => {
    expect(checkTranslations(fixtureDataset(), { lang: 'zh-Hans', records: {} }, label).problems).toEqual([
      `${label} translatedFrom: Invalid input: expected "en"`,
    ]);
    const badHash = fullTranslations();
    badHash.records['events/ev-1']!.summary!.from = 'xyz';
    expect(checkTranslations(fixtureDataset(), badHash, label).problems).toEqual([
      `${label} records.events/ev-1.summary.from: must be the first 12 hex digits of the SHA-256 of the English text`,
    ]);
    expect(checkTranslations(fixtureDataset(), { ...fullTranslations(), lang: 'zh-Hant' }, label).problems).toEqual([
      `${label} lang: "zh-Hant" does not match the file name (zh-Hans)`,
    ]);
  });
});

describe('phrases', () => {
  it('lists a phrase the data uses but the file does not translate, and one it translates that nobody uses', () => {
    const data = fixtureDataset();
    const translations = fullTranslations();
    const [first] = phraseUses(data);
    delete translations.phrases[first!.english];
    translations.phrases['A place nobody names'] = '无人提及的地方';
    const result = checkTranslations(data, translations, label);
    const uses = phraseUses(data).filter((use) => use.english === first!.english);
    const more = uses.length > 1 ? ` and ${uses.length - 1} more` : '';
    expect(result.problems).toEqual([
      `${label} phrases ${JSON.stringify(first!.english)}: missing translation (used at ${first!.where}${more})`,
      `${label} phrases "A place nobody names": orphan (no record uses this English any more)`,
    ]);
    expect(result.todo).toEqual([expect.objectContaining({ file: 'phrases', english: first!.english, state: 'missing' })]);
  });
});

describe('checkTranslationsDir', () => {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('checks every translations/*.json, and nothing when there is no such folder', () => {
    const dir = writeDataDir();
    made.push(dir);
    expect(checkTranslationsDir(dir, fixtureDataset())).toEqual([]);
    fs.mkdirSync(path.join(dir, 'translations'));
    fs.writeFileSync(path.join(dir, 'translations', 'zh-Hans.json'), JSON.stringify(fullTranslations()));
    fs.writeFileSync(path.join(dir, 'translations', 'sv.json'), '{');
    const checks = checkTranslationsDir(dir, fixtureDataset());
    expect(checks.map((check) => [check.label, check.lang, check.problems.length])).toEqual([
      ['translations/sv.json', 'sv', 1],
      ['translations/zh-Hans.json', 'zh-Hans', 0],
    ]);
    expect(checks[0]!.problems[0]).toMatch(/^translations\/sv\.json: not valid JSON \(.+\)$/);
  });
});
