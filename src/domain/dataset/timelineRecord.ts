/**
 * The shapes of the indexed dataset: timeline records (events, delegations and agreements in one shape)
 * and the index over them. Their own module, so the index's builders (dataset, recordBitsets,
 * recordOrder) and its readers can share them without importing one another.
 */
import type { SearchDocument } from '../search/index.ts';
import type { RecordGeo } from './recordGeo.ts';
import type {
  Agreement,
  Delegation,
  Evidence,
  Gloss,
  Organisation,
  Person,
  RawDataset,
  RecordDate,
  RecordType,
  Sector,
  Source,
  TradeEvent,
} from '../records/index.ts';

export interface RecordOrganisation {
  id: string;
  role: string;
}

/** Events, delegations and agreements in one shape, for the timeline and for filtering. */
export interface TimelineRecord {
  type: RecordType;
  id: string;
  title: string;
  /** Event kind, "delegation", or the agreement's status. */
  kind: string;
  /** Whether it happened; agreements carry their own status scale in `kind`. */
  status: 'took-place' | 'planned';
  date: RecordDate;
  sortKey: number | null;
  /** Earliest and latest month (YYYYMM) the date can cover; null when the year is unknown. */
  span: { first: number; last: number } | null;
  place: string | null;
  online: boolean;
  countries: string[];
  /** Where its parties come from and where it happens (recordGeo). */
  geo: RecordGeo;
  sectors: string[];
  organisations: RecordOrganisation[];
  summary: string;
  evidence: Evidence[];
  /**
   * Where the record's words are in the search index: the normalised text the search box matches against,
   * made of its title, summary, other names, people, series, purpose, stops, unnamed parties and its
   * organisations' names (see indexDataset). A query matches when each of its tokens (searchTokens) is a
   * substring of that text; `search.index.wordsOf(search.document)` lists its words.
   */
  search: SearchDocument;
}

export interface OrganisationRecordLink {
  record: TimelineRecord;
  roles: string[];
}

export interface DatasetIndex {
  raw: RawDataset;
  sectorsById: Map<string, Sector>;
  sourcesById: Map<string, Source>;
  organisationsById: Map<string, Organisation>;
  peopleById: Map<string, Person>;
  eventsById: Map<string, TradeEvent>;
  delegationsById: Map<string, Delegation>;
  agreementsById: Map<string, Agreement>;
  /** All timeline records, newest first (unknown dates last). */
  records: TimelineRecord[];
  recordsByKey: Map<string, TimelineRecord>;
  recordsByOrganisation: Map<string, OrganisationRecordLink[]>;
  peopleByOrganisation: Map<string, Person[]>;
  organisationSearchText: Map<string, string>;
  /** Countries that occur in any record, with the number of records. */
  countryRecordCounts: Map<string, number>;
  /** English glosses by source id, then quote; look one up with glossFor (sources/glosses.ts). */
  glossesBySource: Map<string, Map<string, Gloss>>;
}

export function recordKey(type: RecordType, id: string): string {
  return `${type}:${id}`;
}

