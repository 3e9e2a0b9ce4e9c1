import type { TimelineRecord } from '../../domain/dataset/index.ts';
import type { TimelineGroup } from '../../domain/query/index.ts';

export interface RecordTimelineProps {
  records: readonly TimelineRecord[];
  /** Roles per record key ("type:id"), shown on an organisation's page. */
  rolesByRecord?: ReadonlyMap<string, readonly string[]>;
  /** Heading level of the month groups; the cards use the next one. */
  groupHeadingLevel?: 2 | 3;
  /** Organisations the list is filtered by: first on each card. */
  leadOrganisations?: readonly string[];
}

/** The props of the full and the windowed timeline: the records grouped by year and month. */
export type TimelineProps = RecordTimelineProps & { groups: TimelineGroup[] };

export const recordKeyOf = (record: TimelineRecord) => `${record.type}:${record.id}`;
