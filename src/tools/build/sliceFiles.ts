/**
 * The files the build writes for one record's, organisation's, source's or series' page, by name (the
 * kind of page for its slice), with their JSON values: the measuring tool and dataFiles share this list.
 */
import type { DatasetIndex } from '../../domain/dataset/index.ts';
import type { EncodedSlice, SliceKind } from '../../domain/publish/index.ts';

export function* slicePublishedFiles(_index: DatasetIndex, kind: SliceKind, _id: string, slice: EncodedSlice): Generator<[string, unknown]> {
  yield [kind, slice];
}
