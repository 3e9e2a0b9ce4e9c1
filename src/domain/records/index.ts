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
} from './labels.ts';
export { articleLanguage, containsHan, guessLanguage, languageName, lineLanguage } from './languages.ts';
export { agreementStatusExplanations, recordStatusExplanations } from './recordStatus.ts';
export {
  agreementStatuses,
  datasetFileNames,
  datasetFileSchemas,
  eventKinds,
  organisationKinds,
  participantRoles,
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
  SourceKind,
  Source,
  TradeEvent,
  UnnamedParticipant,
} from './types.ts';
export { evidenceFileNames, formatValidationError, glossLabel, validateDataset } from './validate.ts';
export type { ValidationError, ValidationResult } from './validate.ts';
export { msg } from './message.ts';
