/**
 * The dataset as flat tables, one per kind plus participations, for the Parquet files the build publishes
 * (data/parquet/<table>.parquet): the shape DuckDB, Polars or Spark users query. Lists a cell cannot hold
 * flat (sectors, source ids, destinations) are JSON arrays; dates keep the text's precision as strings.
 */
import { precisionOf } from '../../records/index.ts';
import type { Evidence, RawDataset, RecordDate } from '../../records/index.ts';

export type ColumnType = 'STRING' | 'INT32' | 'BOOLEAN' | 'JSON';

export interface Column {
  name: string;
  type: ColumnType;
  data: Array<string | number | boolean | unknown[] | null>;
}

export interface Table {
  name: string;
  columns: Column[];
}

export const tableNames = ['events', 'delegations', 'agreements', 'organisations', 'people', 'participations'] as const;
export type TableName = (typeof tableNames)[number];

type Cell = string | number | boolean | unknown[] | null;
interface ColumnSpec<R> {
  name: string;
  type: ColumnType;
  value: (row: R) => Cell | undefined;
}

function table<R>(name: TableName, rows: readonly R[], specs: ReadonlyArray<ColumnSpec<R>>): Table {
  return { name, columns: specs.map(({ name: column, type, value }) => ({ name: column, type, data: rows.map((row) => value(row) ?? null) })) };
}

const sourceIds = (evidence: readonly Evidence[]): string[] => [...new Set(evidence.map((item) => item.source))];

/** A record's date as columns: start and end as the text gives them (YYYY, YYYY-MM or YYYY-MM-DD), their precision, and a month or day stated without a year. */
function dateColumns<R extends { date: RecordDate }>(): Array<ColumnSpec<R>> {
  return [
    { name: 'date_start', type: 'STRING', value: (row) => row.date.start },
    { name: 'date_end', type: 'STRING', value: (row) => row.date.end },
    { name: 'date_precision', type: 'STRING', value: (row) => (row.date.start ? precisionOf(row.date.start) : null) },
    { name: 'month_without_year', type: 'INT32', value: (row) => row.date.month },
    { name: 'day_without_year', type: 'INT32', value: (row) => row.date.day },
    { name: 'date_basis', type: 'STRING', value: (row) => row.date.basis },
  ];
}

function common<R extends { id: string; summary?: string | undefined; evidence: Evidence[] }>(): { first: ColumnSpec<R>; last: Array<ColumnSpec<R>> } {
  return {
    first: { name: 'id', type: 'STRING', value: (row) => row.id },
    last: [
      { name: 'summary', type: 'STRING', value: (row) => row.summary },
      { name: 'source_ids', type: 'JSON', value: (row) => sourceIds(row.evidence) },
    ],
  };
}

interface Participation {
  record_type: 'event' | 'delegation' | 'agreement';
  record_id: string;
  organisation_id: string;
  role: string;
}

/** Who took part in what, one row per organisation and role: event roles as the data gives them; a delegation's organisers, members and visited organisations; an agreement's parties. */
export function participations(raw: RawDataset): Participation[] {
  const rows: Participation[] = [];
  for (const event of raw.events) {
    for (const { organisation, role } of event.participants) rows.push({ record_type: 'event', record_id: event.id, organisation_id: organisation, role });
  }
  for (const delegation of raw.delegations) {
    const add = (organisation: string, role: string) => rows.push({ record_type: 'delegation', record_id: delegation.id, organisation_id: organisation, role });
    for (const id of delegation.organisers) add(id, 'organiser');
    for (const id of delegation.members) add(id, 'member');
    for (const stop of delegation.stops) for (const id of stop.organisations) add(id, 'visited');
  }
  for (const agreement of raw.agreements) {
    for (const id of agreement.parties) rows.push({ record_type: 'agreement', record_id: agreement.id, organisation_id: id, role: 'party' });
  }
  return rows;
}

export function datasetTables(raw: RawDataset): Table[] {
  const events = common<RawDataset['events'][number]>();
  const delegations = common<RawDataset['delegations'][number]>();
  const agreements = common<RawDataset['agreements'][number]>();
  const organisations = common<RawDataset['organisations'][number]>();
  const people = common<RawDataset['people'][number]>();
  return [
    table('events', raw.events, [
      events.first,
      { name: 'title', type: 'STRING', value: (row) => row.title },
      { name: 'kind', type: 'STRING', value: (row) => row.kind },
      { name: 'status', type: 'STRING', value: (row) => row.status },
      ...dateColumns(),
      { name: 'venue', type: 'STRING', value: (row) => row.location.venue },
      { name: 'city', type: 'STRING', value: (row) => row.location.city },
      { name: 'region', type: 'STRING', value: (row) => row.location.region },
      { name: 'country', type: 'STRING', value: (row) => row.location.country },
      { name: 'online', type: 'BOOLEAN', value: (row) => row.location.online },
      { name: 'sectors', type: 'JSON', value: (row) => row.sectors },
      { name: 'series', type: 'STRING', value: (row) => row.series },
      { name: 'delegation', type: 'STRING', value: (row) => row.delegation },
      { name: 'part_of', type: 'STRING', value: (row) => row.partOf },
      ...events.last,
    ]),
    table('delegations', raw.delegations, [
      delegations.first,
      { name: 'title', type: 'STRING', value: (row) => row.title },
      { name: 'status', type: 'STRING', value: (row) => row.status },
      ...dateColumns(),
      { name: 'from_country', type: 'STRING', value: (row) => row.from.country },
      { name: 'from_city', type: 'STRING', value: (row) => row.from.city },
      { name: 'to_countries', type: 'JSON', value: (row) => row.to.map((place) => place.country) },
      { name: 'to_cities', type: 'JSON', value: (row) => row.to.map((place) => place.city) },
      { name: 'purpose', type: 'STRING', value: (row) => row.purpose },
      { name: 'unnamed_members', type: 'STRING', value: (row) => row.unnamedMembers },
      { name: 'sectors', type: 'JSON', value: (row) => row.sectors },
      ...delegations.last,
    ]),
    table('agreements', raw.agreements, [
      agreements.first,
      { name: 'title', type: 'STRING', value: (row) => row.title },
      { name: 'status', type: 'STRING', value: (row) => row.status },
      ...dateColumns(),
      { name: 'event', type: 'STRING', value: (row) => row.event },
      { name: 'unnamed_parties', type: 'STRING', value: (row) => row.unnamedParties },
      { name: 'sectors', type: 'JSON', value: (row) => row.sectors },
      ...agreements.last,
    ]),
    table('organisations', raw.organisations, [
      organisations.first,
      { name: 'name', type: 'STRING', value: (row) => row.name },
      { name: 'name_basis', type: 'STRING', value: (row) => row.nameBasis },
      { name: 'kind', type: 'STRING', value: (row) => row.kind },
      { name: 'country', type: 'STRING', value: (row) => row.country },
      { name: 'country_inferred', type: 'BOOLEAN', value: (row) => row.countryInferred },
      { name: 'parent', type: 'STRING', value: (row) => row.parent },
      { name: 'aliases', type: 'JSON', value: (row) => row.aliases },
      { name: 'sectors', type: 'JSON', value: (row) => row.sectors },
      ...organisations.last,
    ]),
    table('people', raw.people, [
      people.first,
      { name: 'name', type: 'STRING', value: (row) => row.name },
      { name: 'transliteration', type: 'STRING', value: (row) => row.transliteration },
      { name: 'organisation', type: 'STRING', value: (row) => row.organisation },
      { name: 'role', type: 'STRING', value: (row) => row.role },
      ...people.last,
    ]),
    table('participations', participations(raw), [
      { name: 'record_type', type: 'STRING', value: (row) => row.record_type },
      { name: 'record_id', type: 'STRING', value: (row) => row.record_id },
      { name: 'organisation_id', type: 'STRING', value: (row) => row.organisation_id },
      { name: 'role', type: 'STRING', value: (row) => row.role },
    ]),
  ];
}
