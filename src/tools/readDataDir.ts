/**
 * Node-side reading of a data folder laid out like `data/`: each kind's JSON (one file or parts, see
 * kindFiles.ts) and the source texts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { datasetFileNames, type DatasetFileName } from '../domain/records/index.ts';
import type { ValidationResult } from '../domain/records/index.ts';
import { validateDatasetWithGlosses } from '../domain/sources/index.ts';
import { readKind } from './kindFiles.ts';

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
    const { items, errors } = readKind(dataDir, name);
    if (items !== undefined) files[name] = items;
    readErrors.push(...errors);
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
