/**
 * The Simplified Chinese vocabulary: fixed tables, dates as 2025年12月4日. Loaded with the Chinese
 * catalogue (messages.ts), so English pages never download it.
 */
import { parsePartialDate, precisionOf } from '../records/index.ts';
import type { RecordDate } from '../records/index.ts';
import { countryNameZhHans } from './countryNamesZhHans.ts';
import {
  agreementStatusLabelsZhHans,
  eventKindLabelsZhHans,
  figureQualifierWordsZhHans,
  organisationKindLabelsZhHans,
  recordStatusLabelsZhHans,
  recordTypeLabelsZhHans,
  recordTypePluralLabelsZhHans,
  roleLabelZhHans,
} from './labelsZhHans.ts';
import { groupDigits, type Vocabulary } from './vocabulary.ts';

const languageNamesZhHans: Record<string, string> = {
  en: '英语',
  sv: '瑞典语',
  fi: '芬兰语',
  zh: '中文',
  'zh-Hant': '繁体中文',
  'zh-Hans': '简体中文',
  da: '丹麦语',
  de: '德语',
  ko: '韩语',
};

/** "2025-12-04" → 2025年12月4日, "2025-09" → 2025年9月, "2019" → 2019年. */
export function formatPartialDateZhHans(value: string): string {
  const { year, month, day } = parsePartialDate(value);
  return `${year}年${month !== undefined ? `${month}月` : ''}${day !== undefined ? `${day}日` : ''}`;
}

function formatRangeZhHans(start: string, end: string): string {
  const a = parsePartialDate(start);
  const b = parsePartialDate(end);
  if (precisionOf(start) === precisionOf(end) && a.year === b.year && b.month !== undefined) {
    // Within one year the end leaves out the year (and within one month, the month).
    const endText = b.day !== undefined ? (a.month === b.month ? `${b.day}日` : `${b.month}月${b.day}日`) : `${b.month}月`;
    return `${formatPartialDateZhHans(start)}至${endText}`;
  }
  return `${formatPartialDateZhHans(start)}至${formatPartialDateZhHans(end)}`;
}

export function formatRecordDateZhHans(date: RecordDate): string {
  if (date.start === null) {
    if (date.month !== undefined) return `${date.month}月${date.day !== undefined ? `${date.day}日` : ''}（年份未说明）`;
    return '日期未说明';
  }
  if (date.end && date.end !== date.start) return formatRangeZhHans(date.start, date.end);
  return formatPartialDateZhHans(date.start);
}

export const simplifiedChinese: Vocabulary = {
  locale: 'zh-Hans',
  recordType: (type) => recordTypeLabelsZhHans[type],
  recordTypePlural: (type) => recordTypePluralLabelsZhHans[type],
  eventKind: (kind) => eventKindLabelsZhHans[kind],
  organisationKind: (kind) => organisationKindLabelsZhHans[kind],
  agreementStatus: (status) => agreementStatusLabelsZhHans[status],
  recordStatus: (status) => recordStatusLabelsZhHans[status],
  // Took place and planned are the events' words; the rest are agreements' strengths.
  filterStatus: (status) => (status === 'took-place' || status === 'planned' ? recordStatusLabelsZhHans[status] : agreementStatusLabelsZhHans[status]),
  role: roleLabelZhHans,
  country: countryNameZhHans,
  language: (tag) => languageNamesZhHans[tag] ?? languageNamesZhHans[tag.split('-')[0]!] ?? tag,
  recordDate: formatRecordDateZhHans,
  partialDate: formatPartialDateZhHans,
  number: groupDigits,
  // What is counted stays in the source's words (our English): only the hedge and number are Chinese.
  timelineGroup: (key) => {
    if (key === 'unknown') return '年份未说明';
    const { year, month } = parsePartialDate(key);
    return month ? `${year}年${month}月` : `${year}年（月份未说明）`;
  },
  shortMonth: (month) => `${month}月`,
  longMonth: (month) => `${month}月`,
  densityBucket: (key) => formatPartialDateZhHans(key),
  figure: (figure) => `${figureQualifierWordsZhHans[figure.qualifier]}${groupDigits(figure.value)} ${figure.counts}`,
};

