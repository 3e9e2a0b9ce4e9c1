/** Node-side reading of a data folder laid out like `data/`: the eight JSON files and the source texts. */
import fs from 'node:fs';
import path from 'node:path';
import { datasetFileNames, type DatasetFileName } from '../domain/records/index.ts';
import type { ValidationResult } from '../domain/records/index.ts';
import { validateDatasetWithGlosses } from '../domain/sources/index.ts';

export interface DataDirContent {
  files: Partial<Record<DatasetFileName, unknown>>;
  sourceTexts: Map<string, string>;
  /** Errors reading or parsing files, before validation. */
  readErrors: string[];
}

export function readDataDir(dataDir: string): DataDirContent {
  const files: Partial<Record<DatasetFileName, unknown>> = {};
  const readErrors: string[] = [];
  for (const name of datasetFileNames) {
    const file = path.join(dataDir, `${name}.json`);
    if (!fs.existsSync(file)) continue;
    try {
      files[name] = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      readErrors.push(`${name}.json: not valid JSON (${(error as Error).message})`);
    }
  }
  const sourceTexts = new Map<string, string>();
  const sources = Array.isArray(files.sources) ? (files.sources as Array<{ id?: unknown; file?: unknown }>) : [];
  for (const source of sources) {
    if (typeof source.id !== 'string' || typeof source.file !== 'string') continue;
    const file = path.join(dataDir, source.file);
    if (fs.existsSync(file)) sourceTexts.set(source.id, fs.readFileSync(file, 'utf8'));
  }
  return { files, sourceTexts, readErrors };
}

export function validateDataDir(dataDir: string): ValidationResult & { content: DataDirContent } {
  const content = readDataDir(dataDir);
  return { ...validateDatasetWithGlosses(content.files, content.sourceTexts), content };
}
