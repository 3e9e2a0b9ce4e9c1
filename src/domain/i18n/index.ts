/**
 * The Simplified Chinese side of the data: our marked translations of our own English (records, summaries,
 * names we translated), and fixed label tables (kinds, roles, statuses, country names) that Node and the
 * browser render alike. Uses records and sources. Other folders import from this file only.
 */
export { countryNameZhHans, countryNamesZhHans } from './countryNamesZhHans.ts';
export {
  agreementStatusLabelsZhHans,
  atlasRecordKindLabelsZhHans,
  citingKindLabelsZhHans,
  eventKindLabelsZhHans,
  figureQualifierWordsZhHans,
  organisationKindLabelsZhHans,
  recordStatusLabelsZhHans,
  recordTypeLabelsZhHans,
  recordTypePluralLabelsZhHans,
  roleLabelZhHans,
  roleLabelsZhHans,
} from './labelsZhHans.ts';
export type { AtlasRecordKind } from './labelsZhHans.ts';
export {
  chineseOrganisationName,
  textChineseNameTag,
  translatableFields,
  translatedField,
  translatedTextSchema,
  translationHashLength,
  translationKey,
  translationsSchema,
} from './translations.ts';
export type { TranslatableField, TranslatableFile, TranslatedText, Translations } from './translations.ts';
