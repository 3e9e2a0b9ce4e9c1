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

export interface RecordPageLayoutProps extends RecordPageHeaderProps {
  summary: string;
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
  return (
    <article className="record-page">
      <title>{`${header.title} · Trade Mission Atlas`}</title>
      <RecordPageHeader {...header} />
      {journey.length > 1 && header.record && <JourneyStrip records={journey} current={header.record} />}
      <div className="detail-grid">
        <div className="record-page__main">
          <p className="page-header__lede record-page__summary">{summary}</p>
          {children}
          {unnamedParticipants.length > 0 && (
            <RecordSection id="unnamed" title="Also taking part, not named">
              <p className="muted">The text places these parties by country or describes them without naming an organisation.</p>
              <UnnamedParticipants participants={unnamedParticipants} />
            </RecordSection>
          )}
          {figures.length > 0 && (
            <RecordSection id="figures" title="Figures stated in the source">
              <FigureList figures={figures} />
            </RecordSection>
          )}
          <EvidenceList evidence={evidence} heading="Evidence from the sources" />
        </div>
        <aside className="record-page__aside">
          <RelatedRecords groups={related} />
        </aside>
      </div>
    </article>
  );
}
