/**
 * The records themselves: zod schemas (the source of every type), validation, dates, figures, countries,
 * languages and the English labels. Uses nothing else in domain. Other folders import from this file only.
 */
export { countryFlag, countryName, isKnownCountryCode } from './countries.ts';
export {
  boundToMonth,
  dateSortKey,
  formatPartialDate,
  formatRecordDate,
  isoDateTime,
  longMonthName,
  monthSpan,
  parsePartialDate,
  precisionOf,
  shortMonthName,
  yearMonthPattern,
} from './dates.ts';
export type { Precision } from './dates.ts';
export { formatFigure } from './figures.ts';
export {
  agreementStatusLabels,
  eventKindLabels,
  organisationKindLabels,
  recordStatusLabels,
  recordTypeLabels,
  recordTypePluralLabels,
  roleLabel,
  sourceKindLabels,
} from './labels.ts';
export { articleLanguage, containsHan, guessLanguage, languageName, lineLanguage } from './languages.ts';
export {
  agreementStatusExplanations,
  filterStatuses,
  filterStatusLabels,
  filterStatusOf,
  isFilterStatus,
  recordStatusExplanations,
} from './recordStatus.ts';
export type { FilterStatus } from './recordStatus.ts';
export {
  agreementStatuses,
  datasetFileNames,
  datasetFileSchemas,
  eventKinds,
  glossBases,
  organisationKinds,
  organisationSchema,
  participantRoles,
  sourceKinds,
} from './schema.ts';
export type { DatasetFileName } from './schema.ts';
export { recordTypes } from './types.ts';
export type {
  Agreement,
  AgreementStatus,
  Delegation,
  EventKind,
  Evidence,
  Figure,
  Gloss,
  GlossBasis,
  Organisation,
  OrganisationKind,
  ParticipantRole,
  Person,
  RawDataset,
  RecordDate,
  RecordType,
  Sector,
  Series,
  Source,
  SourceKind,
  TradeEvent,
  UnnamedParticipant,
} from './types.ts';
export { evidenceFileNames, formatValidationError, glossLabel, validateDataset } from './validate.ts';
export type { ValidationError, ValidationResult } from './validate.ts';
export { msg } from './message.ts';
