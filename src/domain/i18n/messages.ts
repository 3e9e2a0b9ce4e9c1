/**
 * Interface messages through Lingui's runtime (@lingui/core, ~2.6 KB gzip): ICU MessageFormat with
 * plurals, catalogues compiled at build time (src/tools/build/messageCataloguePlugin.ts), so no
 * message parser ships to the browser.
 *
 * A message's id is its English text, written where it is used: `t('Sources')`,
 * `t('{count, plural, one {# record} other {# records}}', { count })`. Text that is defined in one
 * place and translated in another (a label table) is marked with `msg('…')`, so extraction finds it.
 * `npm run i18n:extract` lists every message in messages.en.json; a test fails when that list or
 * the Chinese catalogue has a message too many or too few.
 *
 * The English catalogue holds only the messages that need compiling (placeholders, plurals); any
 * other English message is its own text. The Chinese catalogue loads only on Chinese pages.
 */
import { setupI18n, type I18n, type Messages } from '@lingui/core';
import english from './messages.en.json';
import type { Locale } from './locales.ts';
import { registerVocabulary } from './vocabulary.ts';

/** Values a message's placeholders take. */
export type MessageValues = Record<string, string | number>;

/** Translates an English message into the interface language. */
export type Translate = (message: string, values?: MessageValues) => string;

/** Marks text for extraction where it is defined; translate it with `t()` where it is shown. */
export { msg } from '../records/index.ts';

/** A plain message's compiled form is the message itself: nothing to parse. */
const plainMessage: Parameters<I18n['setMessagesCompiler']>[0] = (message) => message as never;

const instances = new Map<Locale, I18n>();
let messageCompiler = plainMessage;

/**
 * Node-side tools that import the catalogues without Vite's plugin (the prerenderer writes each page's
 * head from pageMeta under tsx) get them uncompiled: they pass Lingui's compiler here, so placeholders
 * and plurals are filled in there as in the browser.
 */
export function compileMessagesAtRunTime(compile: typeof plainMessage): void {
  messageCompiler = compile;
  for (const i18n of instances.values()) i18n.setMessagesCompiler(compile);
}

function instanceFor(locale: Locale, messages: Messages): I18n {
  const i18n = setupI18n({ locale, messages: { [locale]: messages } });
  i18n.setMessagesCompiler(messageCompiler);
  instances.set(locale, i18n);
  return i18n;
}

instanceFor('en', english as Messages);

let chineseLoad: Promise<void> | null = null;

/** Load a language's catalogue (once); English is always loaded. */
export function loadCatalogue(locale: Locale): Promise<void> {
  if (instances.has(locale)) return Promise.resolve();
  chineseLoad ??= Promise.all([import('./messages.zh-Hans.json'), import('./vocabularyZhHans.ts')]).then(([messages, words]) => {
    registerVocabulary(words.simplifiedChinese);
    instanceFor('zh-Hans', messages.default as Messages);
  });
  return chineseLoad;
}

export function isCatalogueLoaded(locale: Locale): boolean {
  return instances.has(locale);
}

/** The translate function of a loaded language (English when the catalogue is not loaded yet). */
export function translator(locale: Locale): Translate {
  const i18n = instances.get(locale) ?? instances.get('en')!;
  return (message, values) => i18n._(message, values);
}
