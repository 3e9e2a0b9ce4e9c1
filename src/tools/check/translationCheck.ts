/**
 * Node-side checks of `data/translations/<lang>.json` against the records (see
 * `src/domain/i18n/translations.ts`): every entry belongs to a record and field that exists, every
 * required field is translated, and every entry's `from` hash matches today's English.
 * Used by `npm run data:check` and by `src/tools/translations.ts` (the to-do list for translators).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { en } from 'zod/locales';
import { z } from 'zod/mini';
import { datasetFileNames, type DatasetFileName } from '../../domain/records/index.ts';
import {
  phraseUses,
  translatableFieldsOf,
  translationHashLength,
  translationKey,
  translationsSchema,
  type TranslatableField,
  type Translations,
} from '../../domain/i18n/index.ts';
import type { RawDataset } from '../../domain/records/index.ts';

/** The first 12 hex digits of the SHA-256 of the exact (UTF-8) English text. */
export function englishHash(english: string): string {
  return createHash('sha256').update(english, 'utf8').digest('hex').slice(0, translationHashLength);
}

export interface TranslationTodo {
  /** The data file, or "phrases" for a phrase (then `id` says where it is first used). */
  file: DatasetFileName | 'phrases';
  id: string;
  field: string;
  english: string;
  /** The hash a new or refreshed entry must carry. */
  hash: string;
  state: 'missing' | 'stale';
  /** The current (stale) translation, when there is one. */
  current?: string;
}

export interface TranslationCheck {
  /** One line per problem: `translations/zh-Hans.json events/<id> summary: stale (English changed)`. */
  problems: string[];
  /** Required fields not translated yet and entries whose English has changed. */
  todo: TranslationTodo[];
  /** Entries that are present and up to date. */
  upToDate: number;
}

// zod/mini loads no locale; data editors get the English messages (as in validate.ts).
z.config(en());

const isDatasetFile = (name: string): name is DatasetFileName => (datasetFileNames as readonly string[]).includes(name);

/**
 * Checks one translations file (already parsed JSON) against the dataset. `label` names the file in
 * messages, relative to the data folder (`translations/zh-Hans.json`); its base name must be the `lang`.
 */
export function checkTranslations(dataset: RawDataset, content: unknown, label: string): TranslationCheck {
  const problems: string[] = [];
  const todo: TranslationTodo[] = [];
  let upToDate = 0;

  const parsed = translationsSchema.safeParse(content);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const where = issue.path.map(String).join('.');
      problems.push(`${label}${where ? ` ${where}` : ''}: ${issue.message}`);
    }
    return { problems, todo, upToDate };
  }
  const translations: Translations = parsed.data;
  const expectedLang = path.basename(label, '.json');
  if (translations.lang !== expectedLang) problems.push(`${label} lang: "${translations.lang}" does not match the file name (${expectedLang})`);

  const seen = new Set<string>();
  for (const file of datasetFileNames) {
    for (const record of dataset[file] as Array<{ id: string }>) {
      const fields = translatableFieldsOf(file, record as never) as ReadonlyArray<TranslatableField<{ id: string }>>;
      const key = translationKey(file, record.id);
      seen.add(key);
      const entries = translations.records[key] ?? {};
      for (const spec of fields) {
        const english = spec.english(record) ?? undefined;
        const entry = entries[spec.field];
        const where = `${label} ${key} ${spec.field}`;
        const forbidden = spec.forbidden?.(record) ?? null;
        if (entry === undefined) {
          const required = english !== undefined && english !== '' && forbidden === null && (spec.required?.(record) ?? true);
          if (required) {
            problems.push(`${where}: missing translation`);
            todo.push({ file, id: record.id, field: spec.field, english: english!, hash: englishHash(english!), state: 'missing' });
          }
          continue;
        }
        if (forbidden !== null) {
          problems.push(`${where}: ${forbidden}`);
          continue;
        }
        if (english === undefined || english === '') {
          problems.push(`${where}: orphan (the record has no English ${spec.field})`);
          continue;
        }
        if (spec.kind !== undefined && entry.kind !== spec.kind) {
          problems.push(`${where}: must be marked "kind": "${spec.kind}"`);
        } else if (spec.kind === undefined && entry.kind !== undefined) {
          problems.push(`${where}: "kind": "${entry.kind}" is only for organisation names`);
        }
        const hash = englishHash(english);
        if (entry.from !== hash) {
          problems.push(`${where}: stale (English changed)`);
          todo.push({ file, id: record.id, field: spec.field, english, hash, state: 'stale', current: entry.text });
        } else upToDate += 1;
      }
      for (const field of Object.keys(entries)) {
        if (!fields.some((spec) => spec.field === field)) {
          problems.push(`${label} ${key} ${field}: orphan (not a translatable field of ${file}: ${fields.map((spec) => spec.field).join(', ')})`);
        }
      }
    }
  }
  checkPhrases(dataset, translations, label, problems, todo);
  for (const key of Object.keys(translations.records)) {
    if (seen.has(key)) continue;
    const file = key.slice(0, key.indexOf('/'));
    problems.push(isDatasetFile(file) ? `${label} ${key}: orphan (no such record in ${file}.json)` : `${label} ${key}: orphan (no data file "${file}")`);
  }
  return { problems, todo, upToDate };
}

/** Every phrase the data uses needs a translation; a translated phrase nobody uses any more is an orphan. */
function checkPhrases(dataset: RawDataset, translations: Translations, label: string, problems: string[], todo: TranslationTodo[]): void {
  const phrases = translations.phrases ?? {};
  const used = new Map<string, string[]>();
  for (const use of phraseUses(dataset)) used.set(use.english, [...(used.get(use.english) ?? []), use.where]);
  for (const [english, wheres] of used) {
    if (phrases[english] !== undefined) continue;
    const more = wheres.length > 1 ? ` and ${wheres.length - 1} more` : '';
    problems.push(`${label} phrases ${JSON.stringify(english)}: missing translation (used at ${wheres[0]}${more})`);
    todo.push({ file: 'phrases', id: wheres[0]!, field: 'phrase', english, hash: '', state: 'missing' });
  }
  for (const english of Object.keys(phrases)) {
    if (!used.has(english)) problems.push(`${label} phrases ${JSON.stringify(english)}: orphan (no record uses this English any more)`);
  }
}

export interface TranslationFileCheck extends TranslationCheck {
  label: string;
  lang: string;
}

/** Reads and checks every `translations/*.json` in a data folder; none is fine (no checks then). */
export function checkTranslationsDir(dataDir: string, dataset: RawDataset): TranslationFileCheck[] {
  const dir = path.join(dataDir, 'translations');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const label = `translations/${name}`;
      let content: unknown;
      try {
        content = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
      } catch (error) {
        return { label, lang: path.basename(name, '.json'), problems: [`${label}: not valid JSON (${(error as Error).message})`], todo: [], upToDate: 0 };
      }
      return { label, lang: path.basename(name, '.json'), ...checkTranslations(dataset, content, label) };
    });
}
