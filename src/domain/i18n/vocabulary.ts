/**
 * The fixed vocabularies of the records (kinds, roles, statuses, countries, languages) and dates and
 * numbers, worded for one interface language. Plain tables and string building, not Intl: Node
 * (prerendering) and the browser must print exactly the same, or hydration fails.
 */
import {
  agreementStatusLabels,
  countryName,
  eventKindLabels,
  formatFigure,
  formatRecordDate,
  formatPartialDate,
  languageName,
  longMonthName,
  parsePartialDate,
  shortMonthName,
  organisationKindLabels,
  recordStatusLabels,
  recordTypeLabels,
  recordTypePluralLabels,
  roleLabel,
  filterStatusLabels,
} from '../records/index.ts';
import type { AgreementStatus, EventKind, FilterStatus, Figure, OrganisationKind, RecordDate, RecordType } from '../records/index.ts';
import type { Locale } from './locales.ts';

export interface Vocabulary {
  locale: Locale;
  recordType(type: RecordType): string;
  recordTypePlural(type: RecordType): string;
  eventKind(kind: EventKind): string;
  organisationKind(kind: OrganisationKind): string;
  agreementStatus(status: AgreementStatus): string;
  recordStatus(status: 'took-place' | 'planned'): string;
  /** A value of the timeline's status filter (events' and delegations' status, agreements' strength). */
  filterStatus(status: FilterStatus): string;
  role(role: string): string;
  country(code: string): string;
  language(tag: string): string;
  /** A record's date at its true precision, or the wording for a date the text does not give. */
  recordDate(date: RecordDate): string;
  /** One partial date (YYYY, YYYY-MM, YYYY-MM-DD) at its precision. */
  partialDate(value: string): string;
  /** A whole number with digits grouped by thousands. */
  number(value: number): string;
  figure(figure: Figure): string;
  /** A timeline group's heading from its key ("2025-12", "2019" for year-only dates, "unknown"). */
  timelineGroup(key: string): string;
  /** A month's short name on the density strip (1–12). */
  shortMonth(month: number): string;
  /** A month's full name (1–12), as in the date range's month menu. */
  longMonth(month: number): string;
  /** A density bar's full name from its key ("2025" or "2025-12"). */
  densityBucket(key: string): string;
}

/** 1234567 → "1,234,567" (both interfaces group by thousands with a comma). */
export function groupDigits(value: number): string {
  const [whole, fraction] = String(Math.abs(value)).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

const english: Vocabulary = {
  locale: 'en',
  recordType: (type) => recordTypeLabels[type],
  recordTypePlural: (type) => recordTypePluralLabels[type],
  eventKind: (kind) => eventKindLabels[kind],
  organisationKind: (kind) => organisationKindLabels[kind],
  agreementStatus: (status) => agreementStatusLabels[status],
  recordStatus: (status) => recordStatusLabels[status],
  filterStatus: (status) => filterStatusLabels[status],
  role: roleLabel,
  country: countryName,
  language: languageName,
  recordDate: formatRecordDate,
  partialDate: formatPartialDate,
  number: groupDigits,
  figure: formatFigure,
  timelineGroup: (key) => {
    if (key === 'unknown') return 'Year not stated';
    const { year, month } = parsePartialDate(key);
    return month ? `${longMonthName(month)} ${year}` : `${year} — month not stated`;
  },
  shortMonth: shortMonthName,
  longMonth: longMonthName,
  densityBucket: (key) => {
    const { year, month } = parsePartialDate(key);
    return month ? `${longMonthName(month)} ${year}` : String(year);
  },
};

const loaded = new Map<Locale, Vocabulary>([['en', english]]);

/** Registers a language's vocabulary when its catalogue loads (the Chinese tables stay off English pages). */
export function registerVocabulary(words: Vocabulary): void {
  loaded.set(words.locale, words);
}

/** A loaded language's vocabulary (English until that language has loaded). */
export function vocabulary(locale: Locale): Vocabulary {
  return loaded.get(locale) ?? english;
}
