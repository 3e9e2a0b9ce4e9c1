/**
 * The dataset as flat tables (one per kind, plus participations) for the published Parquet files. Uses
 * records. Other folders import from this file only.
 */
export { datasetTables, participations, tableNames } from './tables.ts';
export type { Column, ColumnType, Table, TableName } from './tables.ts';
