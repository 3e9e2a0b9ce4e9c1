/**
 * Translations of our own English text (titles, summaries, roles, sector labels…) into another
 * language, kept in `data/translations/<lang>.json`, apart from the records so that editors correcting
 * the English never collide with translators. The file as a whole is marked as a translation
 * (`translatedFrom`), and each entry names the English it was made from by a short hash, so a later
 * change to the English makes the translation detectably stale (`npm run data:check` reports it).
 *
 * Shape:
 *   { "lang": "zh-Hans", "translatedFrom": "en",
 *     "records": { "events/<id>": { "summary": { "text": "…", "from": "<12 hex>" } } } }
 *
 * Written with zod/mini, like `../schema.ts`, because the browser may check the fetched file too.
 */
import { z } from 'zod/mini';
import type { DatasetFileName } from '../records/index.ts';
import type { Organisation, RawDataset, Source } from '../records/index.ts';

/** The first 12 hex digits of the SHA-256 of the exact English text an entry translates. */
export const translationHashLength = 12;

export const translatedTextSchema = z.object({
  text: z.string().check(z.minLength(1)),
  from: z.string().check(z.regex(/^[0-9a-f]{12}$/, 'must be the first 12 hex digits of the SHA-256 of the English text')),
  /**
   * "our-translation": a name the texts do not give, translated by us (organisation names only).
   * Readers see it labelled as added by the atlas, like a transliteration.
   */
  kind: z.optional(z.literal('our-translation')),
});

export const translationsSchema = z.object({
  /** BCP 47 tag of the translation, e.g. "zh-Hans"; also the file's name. */
  lang: z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag')),
  /** What every entry was translated from: our English fields. */
  translatedFrom: z.literal('en'),
  /** "<file>/<record id>" → field name → translation. */
  records: z.record(
    z.string().check(z.regex(/^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be "<file>/<record id>"')),
    z.record(z.string(), translatedTextSchema),
  ),
  /** Short phrases of ours that records repeat, keyed by the English itself (see ./phrases.ts). */
  phrases: z.optional(z.record(z.string().check(z.minLength(1)), z.string().check(z.minLength(1)))),
});

export type TranslatedText = z.infer<typeof translatedTextSchema>;
export type Translations = z.infer<typeof translationsSchema>;

/** The data files whose records have translatable English fields: all of them. */
export type TranslatableFile = DatasetFileName;

type RecordOf<F extends TranslatableFile> = RawDataset[F][number];

export interface TranslatableField<R> {
  field: string;
  /** The English text the field translates, or undefined when the record has none. */
  english(record: R): string | null | undefined;
  /** Whether a translation must exist. Defaults to: whenever there is English. */
  required?(record: R): boolean;
  /** Why an entry for this field may not exist on this record (it is an error then), or null. */
  forbidden?(record: R): string | null;
  /** The entry's required `kind`, when it has one. */
  kind?: TranslatedText['kind'];
}

/** A source whose original title is Chinese needs no translated title: readers get the original. */
function hasChineseOriginalTitle(source: Source): boolean {
  return Boolean(source.title.original) && (source.title.originalLang ?? '').startsWith('zh');
}

/** The Chinese name the texts give an organisation, under zh-Hant or zh-Hans, if any. */
export function textChineseNameTag(organisation: Pick<Organisation, 'names'>): string | undefined {
  return ['zh-Hans', 'zh-Hant'].find((tag) => organisation.names[tag] !== undefined);
}

/** How a date is known (`date.basis`): our English explanation, shown beside the date. */
const dateBasis = <R extends { date: { basis?: string | undefined } }>(): TranslatableField<R> => ({
  field: 'date.basis',
  english: (record) => record.date.basis,
});

/**
 * Which fields of which file are translated. `title` of a source is its `title.en`; `published.basis`
 * says how its publication date is known. An organisation's `name` is translated only when the texts
 * give no Chinese name, and then it is marked `"kind": "our-translation"`. Fields a record has as many
 * of as it has stops are added per record by `translatableFieldsOf`.
 */
export const translatableFields: { [F in TranslatableFile]: ReadonlyArray<TranslatableField<RecordOf<F>>> } = {
  // Glosses are our English for quotes in other languages; the Chinese interface shows the quote itself.
  glosses: [],
  series: [
    { field: 'title', english: (series) => series.title },
    { field: 'summary', english: (series) => series.summary },
  ],
  sectors: [
    { field: 'label', english: (sector) => sector.label },
    { field: 'description', english: (sector) => sector.description },
  ],
  sources: [
    { field: 'title', english: (source) => source.title.en, required: (source) => !hasChineseOriginalTitle(source) },
    { field: 'summary', english: (source) => source.summary },
    { field: 'published.basis', english: (source) => source.published.basis },
  ],
  organisations: [
    {
      field: 'name',
      english: (organisation) => organisation.name,
      kind: 'our-translation',
      forbidden: (organisation) => {
        const tag = textChineseNameTag(organisation);
        return tag ? `not allowed: the text gives a Chinese name (names["${tag}"])` : null;
      },
    },
    { field: 'summary', english: (organisation) => organisation.summary },
  ],
  people: [
    { field: 'role', english: (person) => person.role },
    { field: 'summary', english: (person) => person.summary },
  ],
  events: [
    { field: 'title', english: (event) => event.title },
    { field: 'summary', english: (event) => event.summary },
    dateBasis(),
  ],
  delegations: [
    { field: 'title', english: (delegation) => delegation.title },
    { field: 'purpose', english: (delegation) => delegation.purpose },
    { field: 'unnamedMembers', english: (delegation) => delegation.unnamedMembers },
    { field: 'summary', english: (delegation) => delegation.summary },
    dateBasis(),
  ],
  agreements: [
    { field: 'title', english: (agreement) => agreement.title },
    { field: 'unnamedParties', english: (agreement) => agreement.unnamedParties },
    { field: 'summary', english: (agreement) => agreement.summary },
    dateBasis(),
  ],
};

/** The field name of the basis of a delegation's stop's date: `stops[2].date.basis`. */
export const stopDateBasisField = (stop: number) => `stops[${stop}].date.basis`;

/**
 * Every translatable field of one record: the file's fields, and for a delegation the basis of each
 * stop's date (stops are many and numbered, so they are listed per record).
 */
export function translatableFieldsOf<F extends TranslatableFile>(file: F, record: RecordOf<F>): ReadonlyArray<TranslatableField<RecordOf<F>>> {
  const fields = translatableFields[file];
  if (file !== 'delegations') return fields;
  const { stops } = record as RecordOf<'delegations'>;
  const stopFields = stops.map(
    (_, i): TranslatableField<RecordOf<'delegations'>> => ({ field: stopDateBasisField(i), english: (delegation) => delegation.stops[i]?.date?.basis }),
  );
  return [...fields, ...(stopFields as unknown as ReadonlyArray<TranslatableField<RecordOf<F>>>)];
}

export function translationKey(file: TranslatableFile, id: string): string {
  return `${file}/${id}`;
}

/** The translation of one field of one record, or undefined when there is none (show the English then). */
export function translatedField(
  translations: Translations | null | undefined,
  file: TranslatableFile,
  id: string,
  field: string,
): string | undefined {
  return translations?.records[translationKey(file, id)]?.[field]?.text;
}

/**
 * Like `translatedField`, but for an organisation's name: returns the text's own Chinese name when it
 * gives one (`fromText: true`), else our translation, marked `fromText: false` so readers can be told.
 */
export function chineseOrganisationName(
  translations: Translations | null | undefined,
  organisation: Pick<Organisation, 'id' | 'names'>,
): { name: string; tag: string; fromText: boolean } | undefined {
  const tag = textChineseNameTag(organisation);
  if (tag) return { name: organisation.names[tag]!, tag, fromText: true };
  const ours = translatedField(translations, 'organisations', organisation.id, 'name');
  return ours === undefined || translations === null || translations === undefined ? undefined : { name: ours, tag: translations.lang, fromText: false };
}
