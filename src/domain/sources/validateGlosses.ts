/**
 * The checks on `glosses.json` beyond its schema (which validateDataset checks with every file):
 * - a gloss's source exists, and its (source, quote) pair is glossed once;
 * - some evidence entry quotes it (no orphans: records change, and a gloss must follow its quote);
 * - a `parallel-text` gloss comes from a source with an English version and is verbatim in its text;
 * - every evidence quote that is not English (isNonEnglishQuote) has a gloss.
 * Errors name the gloss by source and the start of its quote, e.g.
 * `glosses.json sme2go-shandong-trip "I resan deltog sammanlagt sex…": missing English gloss (quoted at …)`.
 *
 * validateDatasetWithGlosses runs both; data:check and the build call it (through validateDataDir).
 */
import type { DatasetFileName } from '../records/index.ts';
import { evidenceFileNames, glossLabel, validateDataset, type ValidationError, type ValidationResult } from '../records/index.ts';
import { glossKey } from './glosses.ts';
import { isEnglishTag, isNonEnglishQuote } from './quoteLanguage.ts';

type Files = Partial<Record<DatasetFileName, unknown>>;

/** One evidence entry's (source, quote), and where it is. */
export interface QuoteUse {
  /** e.g. "events.json" */
  file: string;
  record: string;
  /** e.g. "evidence[1]" */
  path: string;
  source: string;
  quote: string;
}

const FILE = 'glosses.json';

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/** The (source, quote) of an item as read, when both are strings. */
function sourceAndQuote(item: unknown): { source: string; quote: string } | null {
  const { source, quote } = (item ?? {}) as { source?: unknown; quote?: unknown };
  return typeof source === 'string' && typeof quote === 'string' ? { source, quote } : null;
}

/**
 * Every evidence entry in the files as read, schema-valid records or not, so a gloss is not an orphan
 * just because the record quoting it has some other error.
 */
export function quoteUses(files: Files): QuoteUse[] {
  const uses: QuoteUse[] = [];
  for (const name of evidenceFileNames) {
    const content = files[name];
    if (!Array.isArray(content)) continue;
    content.forEach((item: unknown, index) => {
      const evidence = (item as { evidence?: unknown } | null)?.evidence;
      if (!Array.isArray(evidence)) return;
      const id = (item as { id?: unknown }).id;
      const record = typeof id === 'string' && id !== '' ? id : `#${index}`;
      evidence.forEach((entry: unknown, i) => {
        const pair = sourceAndQuote(entry);
        if (pair) uses.push({ file: `${name}.json`, record, path: `evidence[${i}]`, ...pair });
      });
    });
  }
  return uses;
}

/**
 * The gloss checks, given the files as read, validateDataset's result on them and the source texts.
 * Nothing is checked when glosses.json or sources.json could not be read (validateDataset reports that);
 * orphans are not reported when a record file could not be read.
 */
export function checkGlosses(files: Files, { dataset }: ValidationResult, sourceTexts: ReadonlyMap<string, string>): ValidationError[] {
  if (!Array.isArray(files.glosses) || !Array.isArray(files.sources)) return [];
  const errors: ValidationError[] = [];
  const uses = quoteUses(files);
  const usesComplete = evidenceFileNames.every((name) => Array.isArray(files[name]));
  // Sources and glosses that failed their schema still exist: they are not also "unknown" or "missing".
  const sourceIds = new Set((files.sources as unknown[]).map((s) => (s as { id?: unknown } | null)?.id).filter((id) => typeof id === 'string'));
  const glossedKeys = new Set((files.glosses as unknown[]).flatMap((g) => {
    const pair = sourceAndQuote(g);
    return pair ? [glossKey(pair.source, pair.quote)] : [];
  }));
  const sourceLanguages = new Map(dataset.sources.map((s) => [s.id, s.languages]));

  const usesByKey = new Map<string, QuoteUse[]>();
  for (const use of uses) {
    const key = glossKey(use.source, use.quote);
    const list = usesByKey.get(key);
    if (list) list.push(use);
    else usesByKey.set(key, [use]);
  }

  const firstAt = new Map<string, number>();
  (files.glosses as unknown[]).forEach((item, index) => {
    // Every entry with a string source and quote is checked; its other schema errors are validateDataset's.
    const pair = sourceAndQuote(item);
    if (!pair) return;
    const key = glossKey(pair.source, pair.quote);
    const record = glossLabel(pair.source, pair.quote);
    const report = (path: string, message: string) => errors.push({ file: FILE, record, path, message });
    const first = firstAt.get(key);
    if (first !== undefined) {
      report('', `duplicate: glosses[${first}] glosses the same quote`);
      return;
    }
    firstAt.set(key, index);
    if (!sourceIds.has(pair.source)) {
      report('source', `unknown source "${pair.source}"`);
      return;
    }
    if (usesComplete && !usesByKey.has(key)) report('', 'no evidence quotes this');
    const { basis, gloss } = item as { basis?: unknown; gloss?: unknown };
    if (basis === 'parallel-text' && typeof gloss === 'string' && gloss !== '') {
      const languages = sourceLanguages.get(pair.source);
      const text = sourceTexts.get(pair.source);
      if (languages && !languages.some(isEnglishTag)) {
        report('basis', `parallel-text, but source "${pair.source}" has no English version (languages: ${languages.join(', ')})`);
      } else if (text !== undefined && !text.includes(gloss)) {
        report('gloss', `parallel-text gloss is not verbatim in source "${pair.source}": ${JSON.stringify(shorten(gloss, 60))}`);
      }
    }
  });

  for (const [key, list] of usesByKey) {
    if (glossedKeys.has(key)) continue;
    const { source, quote, file, record, path } = list[0]!;
    const languages = sourceLanguages.get(source);
    // Unknown sources and paraphrased quotes have their own errors; a gloss would not fix them.
    if (!languages || !sourceTexts.get(source)?.includes(quote) || !isNonEnglishQuote(quote, languages)) continue;
    const more = list.length > 1 ? ` and ${list.length - 1} more` : '';
    errors.push({ file: FILE, record: glossLabel(source, quote), path: '', message: `missing English gloss (quoted at ${file} ${record} ${path}${more})` });
  }
  return errors;
}

/** validateDataset, then the gloss checks: every error of a data folder, in one list. */
export function validateDatasetWithGlosses(files: Files, sourceTexts: ReadonlyMap<string, string>): ValidationResult {
  const result = validateDataset(files, sourceTexts);
  return { ...result, errors: [...result.errors, ...checkGlosses(files, result, sourceTexts)] };
}
