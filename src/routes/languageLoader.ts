import { loadCatalogue, loadScriptConverter, type Locale } from '../domain/i18n/index.ts';
import { ensureTranslations } from '../store/datasetStore.ts';

/**
 * Loader of a language's root route: its message catalogue, and for Chinese our translations of the
 * data and the Traditional → Simplified converter (Chinese names are shown in Simplified).
 */
export function languageLoader(locale: Locale) {
  return async () => {
    await Promise.all([loadCatalogue(locale), ...(locale === 'zh-Hans' ? [ensureTranslations(), loadScriptConverter()] : [])]);
    return null;
  };
}
