import { describe, expect, it } from 'vitest';
import {
  chineseOrganisationName,
  translatableFields,
  translatedField,
  translationKey,
  translationsSchema,
  type Translations,
} from '../../../src/domain/i18n/translations.ts';
import { datasetFileNames } from '../../../src/domain/records/schema.ts';
import { fixtureDataset } from '../../fixtures/dataset.ts';

const translations: Translations = {
  lang: 'zh-Hans',
  translatedFrom: 'en',
  records: {
    'events/ev-1': { summary: { text: '由成都市商务局主办的对接会。', from: '0123456789ab' } },
    'organisations/nordic-network': { name: { text: '北欧网络', from: 'abcdef012345', kind: 'our-translation' } },
  },
};

describe('translationsSchema', () => {
  it('accepts the documented shape', () => {
    expect(translationsSchema.safeParse(translations).success).toBe(true);
  });

  it('rejects a file not marked as translated from English, a bad hash, an empty text and a bad key', () => {
    expect(translationsSchema.safeParse({ ...translations, translatedFrom: 'zh-Hant' }).success).toBe(false);
    const bad = (entry: unknown, key = 'events/ev-1') => translationsSchema.safeParse({ ...translations, records: { [key]: { summary: entry } } }).success;
    expect(bad({ text: '中文', from: '0123456789AB' })).toBe(false);
    expect(bad({ text: '中文', from: '0123456789a' })).toBe(false);
    expect(bad({ text: '', from: '0123456789ab' })).toBe(false);
    expect(bad({ text: '中文', from: '0123456789ab', kind: 'from-text' })).toBe(false);
    expect(bad({ text: '中文', from: '0123456789ab' }, 'events')).toBe(false);
    expect(bad({ text: '中文', from: '0123456789ab' }, 'Events/ev-1')).toBe(false);
  });
});

describe('translatedField', () => {
  it('returns the translation of a record field', () => {
    expect(translatedField(translations, 'events', 'ev-1', 'summary')).toBe('由成都市商务局主办的对接会。');
    expect(translationKey('events', 'ev-1')).toBe('events/ev-1');
  });

  it('returns undefined for a missing record, field or file', () => {
    expect(translatedField(translations, 'events', 'ev-2', 'summary')).toBeUndefined();
    expect(translatedField(translations, 'events', 'ev-1', 'title')).toBeUndefined();
    expect(translatedField(translations, 'delegations', 'ev-1', 'summary')).toBeUndefined();
    expect(translatedField(undefined, 'events', 'ev-1', 'summary')).toBeUndefined();
    expect(translatedField(null, 'events', 'ev-1', 'summary')).toBeUndefined();
  });
});

describe('chineseOrganisationName', () => {
  const data = fixtureDataset();
  const org = (id: string) => data.organisations.find((o) => o.id === id)!;

  it("prefers the text's own Chinese name (as written, unconverted)", () => {
    expect(chineseOrganisationName(translations, org('chengdu-bureau'))).toEqual({ name: '成都市商務局', tag: 'zh-Hant', fromText: true });
  });

  it('otherwise gives our translation, marked as not from the text', () => {
    expect(chineseOrganisationName(translations, org('nordic-network'))).toEqual({ name: '北欧网络', tag: 'zh-Hans', fromText: false });
    expect(chineseOrganisationName(translations, org('vasteras-park'))).toBeUndefined();
    expect(chineseOrganisationName(undefined, org('vasteras-park'))).toBeUndefined();
  });
});

describe('translatableFields', () => {
  it('covers every data file', () => {
    expect(Object.keys(translatableFields).sort()).toEqual([...datasetFileNames].sort());
  });

  it('reads the English of each field', () => {
    const data = fixtureDataset();
    const english = (file: keyof typeof translatableFields, index: number) =>
      Object.fromEntries(
        (translatableFields[file] as ReadonlyArray<{ field: string; english(record: unknown): unknown }>).map((spec) => [
          spec.field,
          spec.english((data[file] as unknown[])[index]),
        ]),
      );
    expect(english('sources', 0)).toEqual({
      title: 'Test article about a Finland session in Chengdu',
      summary: 'A made-up article for tests.',
      'published.basis': data.sources[0]!.published.basis,
    });
    expect(english('agreements', 1)).toMatchObject({ unnamedParties: 'Some companies, unnamed.', summary: 'Some companies found local counterparts.' });
    expect(english('people', 1)).toEqual({ role: null, summary: undefined });
  });
});
