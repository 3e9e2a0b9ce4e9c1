/**
 * The checks on `glosses.json` beyond its schema, run by validateDataset:
 * - a gloss's source exists, and its (source, quote) pair is glossed once;
 * - some evidence entry quotes it (no orphans: records change, and a gloss must follow its quote);
 * - a `parallel-text` gloss comes from a source with an English version and is verbatim in its text;
 * - every evidence quote that is not English (isNonEnglishQuote) has a gloss.
 * Errors name the gloss by source and the start of its quote, e.g.
 * `glosses.json sme2go-shandong-trip "I resan deltog sammanlagt sex…": no evidence quotes this`.
 */
import type { Gloss } from '../types.ts';
import type { ValidationError } from '../validate.ts';
import { glossKey } from './glosses.ts';
import { isEnglishTag, isNonEnglishQuote } from './quoteLanguage.ts';

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

export interface GlossCheckInput {
  /** The glosses that passed their schema. */
  glosses: readonly Gloss[];
  /**
   * glossKey of every entry of glosses.json with a string source and quote, schema-valid or not: a gloss
   * with, say, a bad basis has its own error and is not also reported as missing.
   */
  glossedKeys: ReadonlySet<string>;
  /** Every evidence entry of every record file, in file order. */
  uses: readonly QuoteUse[];
  /** Whether `uses` is complete; when a record file could not be read, orphans are not reported. */
  usesComplete: boolean;
  /** Every source id, including sources that failed their schema (so they are not "unknown"). */
  sourceIds: ReadonlySet<string>;
  /** Languages of the sources that passed their schema. */
  sourceLanguages: ReadonlyMap<string, readonly string[]>;
  sourceTexts: ReadonlyMap<string, string>;
}

const FILE = 'glosses.json';

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/** How an error names a gloss: its source and the start of its quote (newlines shown as \n). */
export function glossLabel(source: string, quote: string): string {
  return `${source} ${JSON.stringify(shorten(quote, 30))}`;
}

export function checkGlosses({ glosses, glossedKeys, uses, usesComplete, sourceIds, sourceLanguages, sourceTexts }: GlossCheckInput): ValidationError[] {
  const errors: ValidationError[] = [];
  const usesByKey = new Map<string, QuoteUse[]>();
  for (const use of uses) {
    const key = glossKey(use.source, use.quote);
    const list = usesByKey.get(key);
    if (list) list.push(use);
    else usesByKey.set(key, [use]);
  }

  const firstAt = new Map<string, number>();
  glosses.forEach((gloss, index) => {
    const record = glossLabel(gloss.source, gloss.quote);
    const report = (path: string, message: string) => errors.push({ file: FILE, record, path, message });
    const key = glossKey(gloss.source, gloss.quote);
    const first = firstAt.get(key);
    if (first !== undefined) {
      report('', `duplicate: glosses[${first}] glosses the same quote`);
      return;
    }
    firstAt.set(key, index);
    if (!sourceIds.has(gloss.source)) {
      report('source', `unknown source "${gloss.source}"`);
      return;
    }
    if (usesComplete && !usesByKey.has(key)) report('', 'no evidence quotes this');
    if (gloss.basis === 'parallel-text') {
      const languages = sourceLanguages.get(gloss.source);
      const text = sourceTexts.get(gloss.source);
      if (languages && !languages.some(isEnglishTag)) {
        report('basis', `parallel-text, but source "${gloss.source}" has no English version (languages: ${languages.join(', ')})`);
      } else if (text !== undefined && !text.includes(gloss.gloss)) {
        report('gloss', `parallel-text gloss is not verbatim in source "${gloss.source}": ${JSON.stringify(shorten(gloss.gloss, 60))}`);
      }
    }
  });

  for (const [key, list] of usesByKey) {
    if (glossedKeys.has(key)) continue;
    const { source, quote } = list[0]!;
    const languages = sourceLanguages.get(source);
    // Unknown sources and paraphrased quotes have their own errors; a gloss would not fix them.
    if (!languages || !sourceTexts.get(source)?.includes(quote) || !isNonEnglishQuote(quote, languages)) continue;
    const at = `${list[0]!.file} ${list[0]!.record} ${list[0]!.path}`;
    const more = list.length > 1 ? ` and ${list.length - 1} more` : '';
    errors.push({ file: FILE, record: glossLabel(source, quote), path: '', message: `missing English gloss (quoted at ${at}${more})` });
  }
  return errors;
}
