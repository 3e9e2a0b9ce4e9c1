import { createContext, useContext, type ReactNode } from 'react';
import { localisePath, translator, vocabulary, type Locale, type Translate, type Vocabulary } from '../../domain/i18n/index.ts';
import { localisedPaths, type Paths } from '../../domain/paths.ts';

interface LocaleValue {
  locale: Locale;
  t: Translate;
  paths: Paths;
  vocabulary: Vocabulary;
}

const valueFor = (locale: Locale): LocaleValue => ({ locale, t: translator(locale), paths: localisedPaths(locale), vocabulary: vocabulary(locale) });

// Outside any provider (a component test), the interface is English.
const LocaleContext = createContext<LocaleValue>(valueFor('en'));

/**
 * The interface language of everything inside, from the route (English at the site's paths, Chinese
 * under /zh/). Its catalogue must be loaded before this renders: the Chinese root route's loader loads it.
 */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext value={valueFor(locale)}>{children}</LocaleContext>;
}

export const useLocale = (): Locale => useContext(LocaleContext).locale;

/** The translate function: `t('Sources')`, `t('{count, plural, one {# record} other {# records}}', { count })`. */
export const useT = (): Translate => useContext(LocaleContext).t;

/** `paths` (src/domain/paths.ts) in the interface language: Chinese pages link to Chinese pages. */
export const usePaths = (): Paths => useContext(LocaleContext).paths;

/** Turns an English router path built elsewhere (a citation's link) into one in the interface language. */
export function useLocalisePath(): (englishPath: string) => string {
  const locale = useLocale();
  return (englishPath) => localisePath(locale, englishPath);
}

/** Kinds, roles, statuses, countries, dates and numbers worded for the interface language. */
export const useVocabulary = (): Vocabulary => useContext(LocaleContext).vocabulary;
