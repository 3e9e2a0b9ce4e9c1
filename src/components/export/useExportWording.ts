import type { TimelineRecord } from '../../domain/dataset/index.ts';
import type { AgreementStatus, EventKind } from '../../domain/records/index.ts';
import { csvHeadersZhHans, englishWording, type ExportWording } from '../../domain/publish/exports/index.ts';
import { useDatasetStore } from '../../store/datasetStore.ts';
import { useLocale, useOrganisationName, usePhrase, usePlaceLine, useRecordText, useSourceTitle, useT, useVocabulary } from '../i18n/index.ts';

/**
 * The words of a file exported from this page: English on English pages; on Chinese pages the page's
 * own (Chinese names in Simplified, our translations, the fixed Chinese tables, Chinese CSV headers).
 */
export function useExportWording(): ExportWording {
  const locale = useLocale();
  const t = useT();
  const words = useVocabulary();
  const recordText = useRecordText();
  const organisationName = useOrganisationName();
  const phrase = usePhrase();
  const placeLine = usePlaceLine();
  const sourceTitle = useSourceTitle();
  const index = useDatasetStore((s) => s.index);
  if (locale === 'en') return englishWording;
  const file = (record: TimelineRecord) => `${record.type}s` as const;
  return {
    lang: locale,
    kind: (record) => (record.type === 'event' ? words.eventKind(record.kind as EventKind) : words.recordType(record.type)),
    status: (record) => (record.type === 'agreement' ? words.agreementStatus(record.kind as AgreementStatus) : words.recordStatus(record.status)),
    role: words.role,
    country: words.country,
    date: words.recordDate,
    figure: words.figure,
    recordTitle: (record) => recordText(file(record), record.id, 'title', record.title).text,
    recordSummary: (record) => recordText(file(record), record.id, 'summary', record.summary).text,
    organisation: (id, name) => {
      const organisation = index?.organisationsById.get(id);
      return organisation ? organisationName(organisation).text : name;
    },
    sector: (id, label) => recordText('sectors', id, 'label', label).text,
    source: (id, title) => {
      const source = index?.sourcesById.get(id);
      return source ? sourceTitle(source).text : title;
    },
    phrase: (english) => phrase(english).text,
    placeLine: (english) => placeLine(english).text,
    recordField: (record, field, english) => recordText(file(record), record.id, field, english).text,
    csvHeader: (column) => csvHeadersZhHans[column],
    words: {
      online: t('Online'),
      source: (title, url) => t('Source: {title} {url}', { title, url }),
      knownToMonth: t('(date known only to the month)'),
      knownToYear: t('(date known only to the year)'),
      yearNotStated: t('year not stated in the source'),
      statedInSource: t('stated in the source'),
      listSeparator: t(', '),
    },
  };
}
