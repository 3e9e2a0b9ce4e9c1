import { useParams } from 'react-router';
import { journeyOf, recordKey, relatedToAgreement, relatedToDelegation, relatedToEvent } from '../../domain/dataset/index.ts';
import type { DatasetIndex, RelatedGroup } from '../../domain/dataset/index.ts';
import type { TranslatableFile } from '../../domain/i18n/index.ts';
import type { Agreement, Delegation, Series, TradeEvent } from '../../domain/records/index.ts';
import { useDatasetIndex } from '../../store/datasetStore.ts';
import { usePaths, useRecordText, useT, useVocabulary, type LocalisedText } from '../i18n/index.ts';
import type { RecordPageLayoutProps } from './RecordPageLayout.tsx';

interface PageRecords {
  event: TradeEvent;
  delegation: Delegation;
  agreement: Agreement;
  series: Series;
}

export type RecordPageKind = keyof PageRecords;
/** The kinds that are timeline records, with badges, related records and journeys. */
type TimelineKind = Exclude<RecordPageKind, 'series'>;

interface RecordLookup<R> {
  /** The data file the record's translations are keyed by. */
  file: TranslatableFile;
  find(index: DatasetIndex, id: string): R | undefined;
}

const recordLookups: { [K in RecordPageKind]: RecordLookup<PageRecords[K]> } = {
  event: { file: 'events', find: (index, id) => index.eventsById.get(id) },
  delegation: { file: 'delegations', find: (index, id) => index.delegationsById.get(id) },
  agreement: { file: 'agreements', find: (index, id) => index.agreementsById.get(id) },
  series: { file: 'series', find: (index, id) => index.raw.series.find((candidate) => candidate.id === id) },
};

const relatedRecords: Record<TimelineKind, (index: DatasetIndex, id: string) => RelatedGroup[]> = {
  event: relatedToEvent,
  delegation: relatedToDelegation,
  agreement: relatedToAgreement,
};

/** What a record page works with: the record named in the URL, the dataset, and the interface language's helpers. */
export interface RecordPage<K extends RecordPageKind> {
  kind: K;
  id: string;
  record: PageRecords[K];
  index: DatasetIndex;
  paths: ReturnType<typeof usePaths>;
  t: ReturnType<typeof useT>;
  words: ReturnType<typeof useVocabulary>;
  text: ReturnType<typeof useRecordText>;
  /** One of this record's own fields in the interface language (our translation, marked, in Chinese). */
  field(name: string, english: string): LocalisedText;
}

/**
 * The record of this kind whose id is in the URL, with what its page needs to show it; undefined
 * when the dataset has no such record.
 */
export function useRecordPage<K extends RecordPageKind>(kind: K): RecordPage<K> | undefined {
  const paths = usePaths();
  const t = useT();
  const words = useVocabulary();
  const text = useRecordText();
  const { id = '' } = useParams();
  const index = useDatasetIndex();
  const lookup: RecordLookup<PageRecords[K]> = recordLookups[kind];
  const record = lookup.find(index, id);
  // The loader answers 404 for unknown ids; this only guards a data reload mid-visit.
  if (!record) return undefined;
  return { kind, id, record, index, paths, t, words, text, field: (name, english) => text(lookup.file, id, name, english) };
}

/** The props of RecordPageLayout that event, delegation and agreement pages fill alike from their record. */
export function sharedLayoutProps({ kind, id, record, index, field }: RecordPage<TimelineKind>) {
  return {
    title: field('title', record.title),
    names: record.names,
    record: index.recordsByKey.get(recordKey(kind, id)),
    summary: field('summary', record.summary),
    figures: record.figures,
    evidence: record.evidence,
    related: relatedRecords[kind](index, id),
    journey: journeyOf(index, kind, id),
    unnamedParticipants: record.unnamedParticipants,
  } satisfies Partial<RecordPageLayoutProps>;
}
