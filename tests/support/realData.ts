import fs from 'node:fs';
import { translationsSchema, type Translations } from '../../src/domain/i18n/index.ts';
import { validateDataDir } from '../../src/tools/readDataDir.ts';
import type { RawDataset } from '../../src/domain/records/types.ts';

let cached: { dataset: RawDataset; sourceTexts: Map<string, string> } | null = null;

/** The real data/ folder, validated, read once per test file. */
export function realData() {
  if (!cached) {
    const { dataset, errors, content } = validateDataDir('data');
    if (errors.length > 0) throw new Error(`data/ is invalid: ${errors.length} errors (run npm run data:check)`);
    cached = { dataset, sourceTexts: content.sourceTexts };
  }
  return cached;
}

let translations: Translations | null = null;

/** data/translations/zh-Hans.json, checked against its schema. */
export function realTranslations(): Translations {
  translations ??= translationsSchema.parse(JSON.parse(fs.readFileSync('data/translations/zh-Hans.json', 'utf8')));
  return translations;
}
