/**
 * Traditional → Simplified script, with opencc-js (MIT; its Traditional-to-Simplified phrase and
 * character dictionaries only, ~21 KB gzip). Used to show the sources' Traditional names in Simplified
 * in the Chinese interface, and to fold both scripts together for search, so 华西 finds 華西.
 *
 * The converter is loaded on demand (with the data, never on the first page's critical path); until
 * it is, text passes through unchanged. Loaders await `loadScriptConverter()` before the data is indexed.
 */
import { containsHan } from '../records/index.ts';

type Convert = (text: string) => string;

let convert: Convert | null = null;
let loading: Promise<void> | null = null;

export function loadScriptConverter(): Promise<void> {
  loading ??= Promise.all([import('opencc-js/core'), import('opencc-js/to/cn')]).then(([core, toSimplifiedDictionaries]) => {
    convert = core.ConverterFactory(toSimplifiedDictionaries.default);
  });
  return loading;
}

export function isScriptConverterLoaded(): boolean {
  return convert !== null;
}

/** Text with every Traditional character (and phrase) in Simplified; other scripts unchanged. */
export function toSimplifiedScript(text: string): string {
  return convert !== null && containsHan(text) ? convert(text) : text;
}
