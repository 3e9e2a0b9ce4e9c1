/**
 * The bitset index (dataset/recordBitsets) built straight from the columns: the query engine of the whole
 * dataset (query/filterMasks) then runs unchanged, with no record object behind any position.
 */
import { identity, RecordBitsetsBuilder, reverseDateRunsByKey, type RecordBitsets, type TextMatcher } from '../dataset/index.ts';
import { filterStatuses, recordTypes } from '../records/index.ts';
import { listFields, vocabularyOfList, type TimelineColumns, type TimelineVocabularies } from './columns.ts';

export function columnBitsets(columns: TimelineColumns, vocabularies: TimelineVocabularies, search: TextMatcher | null = null): RecordBitsets {
  const n = columns.rows;
  const builder = new RecordBitsetsBuilder(n);
  const { type, status, sortKey, spanFirst, spanLast } = columns;
  for (let r = 0; r < n; r += 1) {
    builder.type(recordTypes[type[r]!]!, r);
    builder.status(filterStatuses[status[r]!]!, r);
    builder.date(r, spanFirst[r]!, spanLast[r]!, sortKey[r] === -1 ? null : sortKey[r]!);
  }
  for (const field of listFields) {
    if (field === 'organisations') continue;
    const words = vocabularies[vocabularyOfList[field]];
    const { offsets, values } = columns.lists[field];
    const add = field === 'countries' ? builder.country : field === 'origins' ? builder.origin : field === 'hosts' ? builder.host : builder.sector;
    for (let r = 0; r < n; r += 1) for (let k = offsets[r]!; k < offsets[r + 1]!; k += 1) add.call(builder, words[values[k]!]!, r);
  }
  organisationPostings(columns, vocabularies.organisations, builder);
  const newest = identity(n);
  return builder.buildWithoutRecords({ newest, oldest: reverseDateRunsByKey((i) => sortKey[i]!, newest) }, search);
}

/** Each organisation's rows, by a counting sort over the coded lists (rows ascending). */
function organisationPostings(columns: TimelineColumns, ids: readonly string[], builder: RecordBitsetsBuilder): void {
  const { offsets, values } = columns.lists.organisations;
  const starts = new Int32Array(ids.length + 1);
  for (let k = 0; k < values.length; k += 1) starts[values[k]! + 1]! += 1;
  for (let v = 0; v < ids.length; v += 1) starts[v + 1]! += starts[v]!;
  const cursor = starts.slice(0, ids.length);
  const rows = new Int32Array(values.length);
  for (let r = 0; r < columns.rows; r += 1) for (let k = offsets[r]!; k < offsets[r + 1]!; k += 1) rows[cursor[values[k]!]!++] = r;
  for (let v = 0; v < ids.length; v += 1) builder.organisationPositions(ids[v]!, rows.subarray(starts[v]!, starts[v + 1]!));
}
