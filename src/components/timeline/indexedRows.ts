import type { AnswerGroup } from '../../domain/timelineIndex/index.ts';
import type { TimelineCard } from '../../domain/timelineCards/index.ts';

/** A row of the timeline's list: a month heading, or a card at a position of the answer (1-based for aria-posinset). */
export type IndexedRow = { kind: 'heading'; key: string } | { kind: 'card'; row: number; position: number };

/** The answer's rows with a heading before each month group, in order. */
export function indexedRows(rows: Int32Array, groups: readonly AnswerGroup[]): IndexedRow[] {
  const list: IndexedRow[] = [];
  let at = 0;
  for (const group of groups) {
    list.push({ kind: 'heading', key: group.key });
    for (let i = 0; i < group.count; i += 1, at += 1) list.push({ kind: 'card', row: rows[at]!, position: at + 1 });
  }
  return list;
}

export interface IndexedTimelineProps {
  /** The answer's rows (positions in the timeline index) and their month groups. */
  rows: Int32Array;
  groups: readonly AnswerGroup[];
  /** The cards loaded so far, by row. */
  cards: ReadonlyMap<number, TimelineCard>;
  /** Asks for the cards of rows about to be shown (their shards are fetched). */
  onShowRows: (rows: readonly number[]) => void;
  /** Organisations the list is filtered by: first on each card. */
  leadOrganisations?: readonly string[];
}

