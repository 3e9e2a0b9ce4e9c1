/**
 * The files the build writes for one organisation's, record's, source's or series' page, under
 * data/slices/<name>/<id>.json, with their JSON values: the page's slice (named by the kind of page), and
 * for an organisation its records whole (organisation-records), which its export menu fetches when opened.
 * dataFiles, the dev server and the measuring tool share this list.
 */
import type { DatasetIndex } from '../../domain/dataset/index.ts';
import { encodeSlice, organisationRecordsFolder, organisationRecordsSlice, type EncodedSlice, type SliceKind } from '../../domain/publish/index.ts';

export function* slicePublishedFiles(index: DatasetIndex, kind: SliceKind, id: string, slice: EncodedSlice): Generator<[string, EncodedSlice]> {
  yield [kind, slice];
  if (kind === 'organisation') {
    const records = organisationRecordsSlice(index, id);
    if (records) yield [organisationRecordsFolder, encodeSlice(records)];
  }
}
