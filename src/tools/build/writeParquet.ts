/**
 * Writes the dataset's tables as Parquet files (data/parquet/<table>.parquet) with hyparquet-writer, so a
 * researcher can query them from any static host with DuckDB, Polars or Spark, without the app.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parquetWriteFile } from 'hyparquet-writer';
import { datasetTables } from '../../domain/publish/parquet/index.ts';
import type { RawDataset } from '../../domain/records/index.ts';

export const parquetFolder = 'data/parquet';

/** Writes one file per table into `<outDir>/data/parquet/` and returns their paths. */
export function writeParquetFiles(raw: RawDataset, outDir: string): string[] {
  const folder = path.join(outDir, parquetFolder);
  fs.mkdirSync(folder, { recursive: true });
  return datasetTables(raw).map(({ name, columns }) => {
    const filename = path.join(folder, `${name}.parquet`);
    parquetWriteFile({
      filename,
      columnData: columns.map(({ name: column, type, data }) => ({ name: column, type, data })),
      kvMetadata: [{ key: 'source', value: 'Trade Mission Atlas (data/README.md describes every field)' }],
    });
    return filename;
  });
}
