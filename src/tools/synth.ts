/**
 * `npm run data:synth -- --records 100000 --seed 1 --out <dir>`: writes a synthetic dataset laid out
 * like `data/` (seven JSON files + sources/<id>.txt) that passes `npm run data:check <dir>`.
 * Deterministic per seed; for load tests and benchmarks, never for the real data folder.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateDataset } from './synth/generate.ts';
import { loadSectors, writeSynthDataset } from './synth/write.ts';

export { generateDataset, plannedCounts } from './synth/generate.ts';
export { loadSectors, readMarker, writeSynthDataset, SYNTH_VERSION } from './synth/write.ts';

export interface SynthCliOptions {
  records: number;
  seed: number;
  out: string;
  pretty: boolean;
  force: boolean;
}

const usage = 'usage: tsx src/tools/synth.ts --records <n> [--seed <n>] --out <dir> [--pretty] [--force]';

export function parseSynthArgs(argv: readonly string[]): SynthCliOptions {
  const options: Partial<SynthCliOptions> = { records: 1000, seed: 1, pretty: false, force: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${usage}`);
      return v;
    };
    const integer = (v: string) => {
      const n = Number(v.replace(/_/g, ''));
      if (!Number.isInteger(n)) throw new Error(`${flag}: "${v}" is not an integer\n${usage}`);
      return n;
    };
    switch (flag) {
      case '--records':
        options.records = integer(value());
        break;
      case '--seed':
        options.seed = integer(value());
        break;
      case '--out':
        options.out = value();
        break;
      case '--pretty':
        options.pretty = true;
        break;
      case '--force':
        options.force = true;
        break;
      default:
        throw new Error(`unknown argument "${arg}"\n${usage}`);
    }
  }
  if (!options.out) throw new Error(`--out is required\n${usage}`);
  if (options.records! < 1) throw new Error('--records must be at least 1');
  return options as SynthCliOptions;
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
