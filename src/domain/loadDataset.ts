import { z } from 'zod';
import { indexDataset, type DatasetIndex } from './dataset.ts';
import { datasetFileSchemas } from './schema.ts';
import type { RawDataset } from './types.ts';

const rawDatasetSchema = z.object(datasetFileSchemas);

/** Check fetched JSON against the schema before anything trusts it, then index it. */
export function parseDataset(json: unknown): DatasetIndex {
  const result = rawDatasetSchema.safeParse(json);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(`The data file failed validation${first ? ` at ${first.path.join('.')}: ${first.message}` : ''}`);
  }
  return indexDataset(result.data as RawDataset);
}
