/** The real data/translations/zh-Hans.json: its shape, and the hedges a translation must keep. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translatableFieldsOf, translatedField, translationsSchema, type TranslatableField } from '../../../src/domain/i18n/translations.ts';
import { datasetFileNames } from '../../../src/domain/records/schema.ts';
import { realData } from '../../support/realData.ts';

const translations = translationsSchema.parse(JSON.parse(fs.readFileSync('data/translations/zh-Hans.json', 'utf8')));

/** Every (English, Chinese) pair of the file. */
function pairs() {
  const { dataset } = realData();
  const out: Array<{ where: string; english: string; chinese: string; field: string }> = [];
  for (const file of datasetFileNames) {
    for (const record of dataset[file] as Array<{ id: string }>) {
      const fields = translatableFieldsOf(file, record as never) as ReadonlyArray<TranslatableField<{ id: string }>>;
      for (const spec of fields) {
        const english = spec.english(record);
        const chinese = translatedField(translations, file, record.id, spec.field);
        if (english && chinese) out.push({ where: `${file}/${record.id} ${spec.field}`, english, chinese, field: spec.field });
      }
    }
  }
  return out;
}

describe('data/translations/zh-Hans.json', () => {
  it('is Simplified Chinese translated from our English', () => {
    expect(translations.lang).toBe('zh-Hans');
    expect(translations.translatedFrom).toBe('en');
    expect(translatedField(translations, 'sectors', 'healthcare', 'label')).toBe('医疗健康与康养');
  });

  it('writes every summary, title and role in Chinese, without pinyin residue', () => {
    for (const { where, chinese, field } of pairs()) {
      if (field !== 'name') expect(chinese, where).toMatch(/\p{Script=Han}/u);
      expect(chinese, where).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)/);
    }
  });

  it('keeps the hedges of the English', () => {
    const hedges: Array<[RegExp, RegExp]> = [
      [/Chinese text only/, /仅见于中文文本/],
      [/per the Chinese|according to the Chinese text/, /据中文文本/],
      [/year not stated/, /年份未说明/],
      [/\bnot stated\b/, /未说明/],
      [/inferred|deduced/, /推断/],
    ];
    for (const { where, english, chinese } of pairs()) {
      for (const [en, zh] of hedges) if (en.test(english)) expect(chinese, where).toMatch(zh);
    }
  });

  it('never signs what the English does not', () => {
    for (const { where, english, chinese } of pairs()) {
      if (!/sign|entered into/i.test(english)) expect(chinese, where).not.toMatch(/签署|签订|签约/);
    }
  });

  it('marks every organisation name of ours as our translation', () => {
    const names = Object.entries(translations.records).flatMap(([key, fields]) => (fields.name ? [[key, fields.name] as const] : []));
    expect(names.length).toBeGreaterThan(0);
    for (const [key, entry] of names) {
      expect(key).toMatch(/^organisations\//);
      expect(entry.kind).toBe('our-translation');
    }
  });
});
