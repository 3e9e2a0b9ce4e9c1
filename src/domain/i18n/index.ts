/**
 * The two interface languages: locales and their URL prefixes, interface messages (Lingui), the fixed
 * vocabularies and dates per language, Traditional → Simplified script (opencc-js), and our marked
 * translations of the data's English. Uses records and sources. Other folders import from this file only.
 */
// The Chinese tables (countryNamesZhHans.ts, labelsZhHans.ts) are not exported here: they reach the
// app only through the Chinese vocabulary, which loads with the Chinese catalogue, off English pages.
export {
  chineseOrganisationName,
  textChineseNameTag,
  stopDateBasisField,
  translatableFields,
  translatableFieldsOf,
  translatedField,
  translatedTextSchema,
  translationHashLength,
  translationKey,
  translationsSchema,
} from './translations.ts';
export { phraseUses, translatedPhrase, translatedPlaceLine } from './phrases.ts';
export type { PhraseUse } from './phrases.ts';
export type { TranslatableField, TranslatableFile, TranslatedText, Translations } from './translations.ts';
export { defaultLocale, localeNativeName, localeOfPath, localePrefix, locales, localisePath, stripLocalePrefix } from './locales.ts';
export type { Locale } from './locales.ts';
export { compileMessagesAtRunTime, isCatalogueLoaded, loadCatalogue, msg, translator } from './messages.ts';
export type { MessageValues, Translate } from './messages.ts';
export { textComparator } from './collation.ts';
export type { TextComparator } from './collation.ts';
export { isScriptConverterLoaded, loadScriptConverter, toSimplifiedScript } from './script.ts';
export { groupDigits, vocabulary } from './vocabulary.ts';
export type { Vocabulary } from './vocabulary.ts';
