import type { ReactNode } from 'react';
import type { RelatedGroup, TimelineRecord } from '../../domain/dataset/index.ts';
import type { Evidence, Figure, UnnamedParticipant } from '../../domain/records/index.ts';
import { EvidenceList } from '../sources/index.ts';
import { FigureList } from './FigureList.tsx';
import { JourneyStrip } from './JourneyStrip.tsx';
import { RecordPageHeader, type RecordPageHeaderProps } from './RecordPageHeader.tsx';
import { RecordSection } from './RecordSection.tsx';
import { RelatedRecords } from './RelatedRecords.tsx';
import { UnnamedParticipants } from './UnnamedParticipants.tsx';
import { useT } from '../i18n/index.ts';
import { Localised, type LocalisedText } from '../i18n/index.ts';

export interface RecordPageLayoutProps extends RecordPageHeaderProps {
  summary: LocalisedText;
  figures: readonly Figure[];
  evidence: readonly Evidence[];
  related: RelatedGroup[];
  /** The chain of records this one belongs to through follows links (journeyOf); empty when none. */
  journey?: readonly TimelineRecord[];
  /** Parties the text places by country without naming an organisation. */
  unnamedParticipants?: readonly UnnamedParticipant[];
  /** The sections particular to the kind of record, between the summary and the figures. */
  children: ReactNode;
}

/**
 * The frame every event, delegation and agreement page shares: header, summary, the record's
 * own sections, stated figures, the evidence it rests on, and related records beside it.
 */
export function RecordPageLayout({ summary, figures, evidence, related, journey = [], unnamedParticipants = [], children, ...header }: RecordPageLayoutProps) {
  const t = useT();
  return (
    <article className="record-page">
      <title>{t('{title} · Trade Mission Atlas', { title: header.title.text })}</title>
      <RecordPageHeader {...header} />
      {journey.length > 1 && header.record && <JourneyStrip records={journey} current={header.record} />}
      <div className="detail-grid">
        <div className="record-page__main">
          <Localised as="p" className="page-header__lede record-page__summary" value={summary} />
          {children}
          {unnamedParticipants.length > 0 && (
            <RecordSection id="unnamed" title={t('Also taking part, not named')}>
              <p className="muted">{t('The text places these parties by country or describes them without naming an organisation.')}</p>
              <UnnamedParticipants participants={unnamedParticipants} />
            </RecordSection>
          )}
          {figures.length > 0 && (
            <RecordSection id="figures" title={t('Figures stated in the source')}>
              <FigureList figures={figures} />
            </RecordSection>
          )}
          <EvidenceList evidence={evidence} heading={t('Evidence from the sources')} />
        </div>
        <aside className="record-page__aside">
          <RelatedRecords groups={related} />
        </aside>
      </div>
    </article>
  );
}
