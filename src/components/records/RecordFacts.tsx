import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { RecordDate } from '../../domain/records/index.ts';
import { DateWithBasis, SectorTags } from '../facts/index.ts';
import { Localised, useT, type LocalisedText } from '../i18n/index.ts';

/** One term and its description in a record page's key facts (inside their dl). */
export function Fact({ term, children }: { term: ReactNode; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/**
 * The record's date, with how it is known in the interface language. `recordText` gives one of the
 * record's own fields in that language (its date basis is the field `date.basis`).
 */
export function DateFact({ date, recordText }: { date: RecordDate; recordText: (field: string, english: string) => LocalisedText }) {
  const t = useT();
  return (
    <Fact term={t('Date')}>
      <DateWithBasis date={date} basis={date.basis ? recordText('date.basis', date.basis) : undefined} />
    </Fact>
  );
}

/** The record's sectors; nothing when it has none. */
export function SectorsFact({ ids }: { ids: readonly string[] }) {
  const t = useT();
  if (ids.length === 0) return null;
  return (
    <Fact term={t('Sectors')}>
      <SectorTags ids={ids} />
    </Fact>
  );
}

/** Another record this one belongs to or comes from, by its title, linked. */
export function LinkedRecordFact({ term, to, title }: { term: string; to: string; title: LocalisedText }) {
  return (
    <Fact term={term}>
      <Link to={to}>
        <Localised value={title} />
      </Link>
    </Fact>
  );
}

/** Parties the text describes without naming them one by one ("some 20 Finnish companies"). */
export function NotNamedIndividually({ description }: { description: LocalisedText }) {
  const t = useT();
  return (
    <p className="unnamed">
      <span className="unnamed__label">{t('Not named individually:')} </span>
      <Localised value={description} />
    </p>
  );
}
