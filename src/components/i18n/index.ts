/**
 * The interface language in React: the locale from the route, the translate function, localised
 * paths and vocabularies, the language switch, and record text in the interface language with our
 * translations marked. Uses domain/i18n and the store. Other folders import from this file only.
 */
export { LanguageSwitch } from './LanguageSwitch.tsx';
export { LocaleProvider, useLocale, useLocalisePath, usePaths, useT, useVocabulary } from './LocaleContext.tsx';
export { Localised, TranslationMark, useOrganisationName, usePhrase, usePlaceLine, useRecordText, useSourceTitle } from './TranslatedText.tsx';
export type { LocalisedText } from './TranslatedText.tsx';
