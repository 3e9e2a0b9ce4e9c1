/** Node side of the generator: reading the sector list and writing a folder laid out like `data/`. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetFileNames } from '../../domain/records/index.ts';
import type { Sector } from '../../domain/records/index.ts';
import type { SynthDataset } from './generate.ts';
import { writeKind } from '../kindFiles.ts';

/** Bump when the generator's output changes, so cached benchmark datasets are rebuilt. */
export const SYNTH_VERSION = 3;
/** Marker written next to the data; a folder without it is never overwritten. */
export const MARKER_FILE = 'synth.json';

export interface SynthMarker {
  generator: 'atlas-synth';
  version: number;
  records: number;
  seed: number;
}

export const defaultSectorsFile = fileURLToPath(new URL('../../../data/sectors.json', import.meta.url));

export function loadSectors(file = defaultSectorsFile): Sector[] {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Sector[];
}

export function readMarker(dir: string): SynthMarker | null {
  try {
    const marker = JSON.parse(fs.readFileSync(path.join(dir, MARKER_FILE), 'utf8')) as SynthMarker;
    return marker.generator === 'atlas-synth' ? marker : null;
  } catch {
    return null;
  }
}

/**
 * Writes each kind (one file, or parts of `partSize` records: see kindFiles.ts), `sources/<id>.txt` and
 * the marker. Refuses a non-empty folder that was not written by the generator (so `--out data` cannot
 * clobber the real data) unless `force`.
 */
export function writeSynthDataset(
  dir: string,
  synth: SynthDataset,
  marker: Omit<SynthMarker, 'generator' | 'version'>,
  options: { pretty?: boolean; force?: boolean; partSize?: number } = {},
): void {
  if (fs.existsSync(dir)) {
    const entries = fs.readdirSync(dir);
    if (entries.length > 0 && !readMarker(dir) && !options.force) {
      throw new Error(`${dir} is not empty and was not written by the generator (no ${MARKER_FILE}); choose another folder or pass --force`);
    }
    // Stale texts from an earlier run would otherwise linger.
    fs.rmSync(path.join(dir, 'sources'), { recursive: true, force: true });
  }
  fs.mkdirSync(dir, { recursive: true });
  for (const name of datasetFileNames) writeKind(dir, name, synth.dataset[name], options);
  fs.mkdirSync(path.join(dir, 'sources'), { recursive: true });
  for (const [id, text] of synth.sourceTexts) fs.writeFileSync(path.join(dir, 'sources', `${id}.txt`), text);
  const full: SynthMarker = { generator: 'atlas-synth', version: SYNTH_VERSION, ...marker };
  fs.writeFileSync(path.join(dir, MARKER_FILE), `${JSON.stringify(full, null, 2)}\n`);
}
