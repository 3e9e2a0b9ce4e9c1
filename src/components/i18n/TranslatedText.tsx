import { useDatasetStore, selectTranslations } from '../../store/datasetStore.ts';
import { chineseOrganisationName, toSimplifiedScript, translatedField, translatedPhrase, translatedPlaceLine, type TranslatableFile } from '../../domain/i18n/index.ts';
import type { Organisation, Source } from '../../domain/records/index.ts';
import { useLocale, useT } from './LocaleContext.tsx';

export interface LocalisedText {
  text: string;
  /** BCP 47 tag of `text`. */
  lang: string;
  /** True when `text` is our translation of the English, which readers must be told. */
  translated: boolean;
}

/**
 * A record's English field (title, summary…) in the interface language: in the Chinese interface our
 * marked translation when there is one, else the English, tagged as English.
 */
export function useRecordText(): (file: TranslatableFile, id: string, field: string, english: string) => LocalisedText {
  const locale = useLocale();
  const translations = useDatasetStore(selectTranslations);
  return (file, id, field, english) => {
    if (locale === 'en') return { text: english, lang: 'en', translated: false };
    const chinese = translatedField(translations, file, id, field);
    return chinese === undefined ? { text: english, lang: 'en', translated: false } : { text: chinese, lang: 'zh-Hans', translated: true };
  };
}

/**
 * An organisation's name in the interface language. In Chinese: the name the sources give, shown in
 * Simplified script; else our translated name, marked; else the English name.
 */
export function useOrganisationName(): (organisation: Pick<Organisation, 'id' | 'name' | 'names'>) => LocalisedText {
  const locale = useLocale();
  const translations = useDatasetStore(selectTranslations);
  return (organisation) => {
    if (locale === 'en') return { text: organisation.name, lang: 'en', translated: false };
    const chinese = chineseOrganisationName(translations, organisation);
    if (!chinese) return { text: organisation.name, lang: 'en', translated: false };
    return { text: toSimplifiedScript(chinese.name), lang: 'zh-Hans', translated: !chinese.fromText };
  };
}

/**
 * One of the short phrases of ours that records repeat (a place, what a figure counts, a note, a role at
 * an event) in the interface language: in Chinese our translation from the translations file's
 * `phrases`, else the English, tagged as English.
 */
export function usePhrase(): (english: string) => LocalisedText {
  const locale = useLocale();
  const translations = useDatasetStore(selectTranslations);
  return (english) => {
    const chinese = locale === 'en' ? undefined : translatedPhrase(translations, english);
    return chinese === undefined ? { text: english, lang: 'en', translated: false } : { text: chinese, lang: 'zh-Hans', translated: false };
  };
}

/** A place line joined with ", " from parts (a timeline card's "venue, city"), in the interface language. */
export function usePlaceLine(): (line: string) => LocalisedText {
  const locale = useLocale();
  const translations = useDatasetStore(selectTranslations);
  return (line) => {
    const chinese = locale === 'en' ? null : translatedPlaceLine(line, (part) => translatedPhrase(translations, part), '，');
    return chinese === null ? { text: line, lang: 'en', translated: false } : { text: chinese, lang: 'zh-Hans', translated: false };
  };
}

/**
 * An article's title in the interface language: in Chinese its own Chinese title (in Simplified script)
 * when it has one, else our marked translation of its English title, else the English.
 */
export function useSourceTitle(): (source: Pick<Source, 'id' | 'title'>) => LocalisedText {
  const locale = useLocale();
  const recordText = useRecordText();
  return (source) => {
    const { original, originalLang } = source.title;
    if (locale === 'zh-Hans' && original && (originalLang ?? '').startsWith('zh')) return { text: toSimplifiedScript(original), lang: 'zh-Hans', translated: false };
    return recordText('sources', source.id, 'title', source.title.en);
  };
}

/** The visible mark on text we translated from our English: the reader is never led to think a source said it. */
export function TranslationMark() {
  const t = useT();
  return (
    <span className="translation-mark" title={t('Translated by the atlas from its English text; not a quote from a source.')}>
      {t('Translation')}
    </span>
  );
}

/** Text in the interface language, with its own lang, and the translation mark when it is our translation. */
export function Localised({ value, as: Tag = 'span', className }: { value: LocalisedText; as?: 'span' | 'p' | 'div'; className?: string }) {
  const locale = useLocale();
  // Text in the page's own language needs no element of its own.
  if (Tag === 'span' && !className && !value.translated && value.lang === locale) return <>{value.text}</>;
  return (
    <Tag lang={value.lang} className={className}>
      {value.text}
      {value.translated && (
        <>
          {' '}
          <TranslationMark />
        </>
      )}
    </Tag>
  );
}
