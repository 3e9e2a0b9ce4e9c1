/** Node side of the benchmark: synthetic datasets cached under node_modules/.cache/atlas-bench/<n>-<seed>. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetFileNames } from '../../domain/records/index.ts';
import type { RawDataset } from '../../domain/records/index.ts';
import { validateDatasetWithGlosses } from '../../domain/sources/index.ts';
import { readDataDir } from '../readDataDir.ts';
import { kindFiles } from '../kindFiles.ts';
import { generateDataset } from '../synth/generate.ts';
import { loadSectors, readMarker, SYNTH_VERSION, writeSynthDataset } from '../synth/write.ts';

export const benchCacheRoot = fileURLToPath(new URL('../../../node_modules/.cache/atlas-bench', import.meta.url));

export interface PreparedDataset {
  dir: string;
  /** Whether it was generated now (false: reused from the cache). */
  generated: boolean;
  generateMs: number;
}

function complete(dir: string, records: number, seed: number): boolean {
  const marker = readMarker(dir);
  if (!marker || marker.version !== SYNTH_VERSION || marker.records !== records || marker.seed !== seed) return false;
  return datasetFileNames.every((name) => kindFiles(dir, name).files.length > 0);
}

export function prepareSynthDataset(records: number, seed: number, options: { regenerate?: boolean; root?: string } = {}): PreparedDataset {
  const dir = path.join(options.root ?? benchCacheRoot, `${records}-${seed}`);
  if (!options.regenerate && complete(dir, records, seed)) return { dir, generated: false, generateMs: 0 };
  const started = performance.now();
  const synth = generateDataset({ records, seed, sectors: loadSectors() });
  writeSynthDataset(dir, synth, { records, seed }, { force: true });
  return { dir, generated: true, generateMs: performance.now() - started };
}

export interface LoadedDataset {
  raw: RawDataset;
  loadMs: number;
  /** Set when validation was asked for: time and number of errors (must be 0). */
  validation?: { ms: number; errors: number };
}

/** Reads the folder; validates it (whole-dataset validator) only when asked, as that is slow at 100k. */
export function loadDataset(dir: string, options: { validate?: boolean } = {}): LoadedDataset {
  const started = performance.now();
  const content = readDataDir(dir);
  if (content.readErrors.length > 0) throw new Error(`${dir}: ${content.readErrors.join('; ')}`);
  const loadMs = performance.now() - started;
  if (options.validate) {
    const t = performance.now();
    const { errors, dataset } = validateDatasetWithGlosses(content.files, content.sourceTexts);
    return { raw: dataset, loadMs, validation: { ms: performance.now() - t, errors: errors.length } };
  }
  return { raw: content.files as unknown as RawDataset, loadMs };
}
