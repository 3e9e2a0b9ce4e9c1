/**
 * `npm run data:synth -- --records 100000 --seed 1 --out <dir>`: writes a synthetic dataset laid out
 * like `data/` (one JSON file per kind, or `<kind>/part-NNNN.json` parts for a kind of more than
 * --part-size records; sources/<id>.txt) that passes `npm run data:check <dir>`.
 * Deterministic per seed; for load tests and benchmarks, never for the real data folder.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFlags, wholeNumber } from './cliArgs.ts';
import { generateDataset } from './synth/generate.ts';
import { loadSectors, writeSynthDataset } from './synth/write.ts';
import { defaultPartSize } from './kindFiles.ts';

export { generateDataset, plannedCounts } from './synth/generate.ts';
export { loadSectors, readMarker, writeSynthDataset, SYNTH_VERSION } from './synth/write.ts';

export interface SynthCliOptions {
  records: number;
  seed: number;
  out: string;
  pretty: boolean;
  force: boolean;
  /** Records per part file; a kind with no more stays one file. */
  partSize: number;
}

const usage = `usage: tsx src/tools/synth.ts --records <n> [--seed <n>] --out <dir> [--part-size ${defaultPartSize}] [--pretty] [--force]`;

export function parseSynthArgs(argv: readonly string[]): SynthCliOptions {
  const flags = parseFlags(
    argv,
    { records: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, 'part-size': { type: 'string' }, pretty: { type: 'boolean' }, force: { type: 'boolean' } },
    usage,
  );
  if (!flags.out) throw new Error(`--out is required\n${usage}`);
  const records = flags.records === undefined ? 1000 : wholeNumber('--records', flags.records, usage);
  if (records < 1) throw new Error('--records must be at least 1');
  const partSize = flags['part-size'] === undefined ? defaultPartSize : wholeNumber('--part-size', flags['part-size'], usage);
  if (partSize < 1) throw new Error('--part-size must be at least 1');
  return {
    records,
    seed: flags.seed === undefined ? 1 : wholeNumber('--seed', flags.seed, usage),
    out: flags.out,
    pretty: flags.pretty ?? false,
    force: flags.force ?? false,
    partSize,
  };
}

export function runSynth(options: SynthCliOptions): void {
  const started = performance.now();
  const synth = generateDataset({ records: options.records, seed: options.seed, sectors: loadSectors() });
  const generated = performance.now();
  writeSynthDataset(options.out, synth, { records: options.records, seed: options.seed }, options);
  const written = performance.now();
  const counts = Object.entries(synth.dataset)
    .map(([name, items]) => `${(items as unknown[]).length} ${name}`)
    .join(', ');
  console.log(
    `data:synth wrote ${path.resolve(options.out)}/ (seed ${options.seed}): ${counts}; ` +
      `generated in ${((generated - started) / 1000).toFixed(2)} s, written in ${((written - generated) / 1000).toFixed(2)} s`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    runSynth(parseSynthArgs(process.argv.slice(2)));
  } catch (error) {
    console.error(`data:synth: ${(error as Error).message}`);
    process.exit(1);
  }
}
