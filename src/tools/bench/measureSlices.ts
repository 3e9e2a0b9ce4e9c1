/**
 * `tsx src/tools/bench/measureSlices.ts [--data data] [--sample 2000] [--kinds event,organisation]`: the
 * per-page slices the build writes (data/slices/<kind>/<id>.json), measured without writing them: per kind,
 * how many, their mean and largest size, the total, the gzip size of a sample, and which fields the bytes
 * of that sample are (the page's own record apart from the others it lists).
 *
 * Every slice is cut and serialised, exactly as dataFiles writes it; gzip and the field breakdown, which
 * cost more, run on an evenly spread sample of each kind.
 */
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { encodeSlice, pageSlice, sliceKinds, type SliceKind } from '../../domain/publish/index.ts';
import { loadValidatedData } from '../build/datasetPlugin.ts';
import { parseFlags, wholeNumber } from '../cliArgs.ts';
import { slicePublishedFiles } from '../build/sliceFiles.ts';
import type { DatasetIndex } from '../../domain/dataset/index.ts';
import { loadScriptConverter } from '../../domain/i18n/index.ts';

const usage = 'usage: tsx src/tools/bench/measureSlices.ts [--data <folder>] [--sample <n per kind>] [--kinds <kind,...>]';

export interface KindFigures {
  kind: string;
  count: number;
  totalBytes: number;
  maxBytes: number;
  maxId: string;
  sampled: number;
  sampleBytes: number;
  sampleGzipBytes: number;
  /** Bytes of the sample by part: "<list>.<field>", the page's own record as "own.<field>". */
  parts: Map<string, number>;
}

const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value) ?? '');

/** Adds each field's bytes (`"key":value,`) of every item of a slice's lists to `parts`. */
export function addParts(parts: Map<string, number>, slice: object, own: { list: string; id: string } | null): void {
  const add = (key: string, bytes: number) => parts.set(key, (parts.get(key) ?? 0) + bytes);
  for (const [list, value] of Object.entries(slice)) {
    if (!Array.isArray(value)) {
      add(list, jsonBytes(value) + list.length + 4);
      continue;
    }
    add(`${list}[]`, list.length + 5);
    for (const item of value as unknown[]) {
      if (item === null || typeof item !== 'object') {
        add(`${list}.(item)`, jsonBytes(item) + 1);
        continue;
      }
      const isOwn = own !== null && own.list === list && (item as { id?: unknown }).id === own.id;
      for (const [field, fieldValue] of Object.entries(item)) add(`${isOwn ? 'own' : list}.${field}`, jsonBytes(fieldValue) + field.length + 4);
      add(`${isOwn ? 'own' : list}.{}`, 2);
    }
  }
}

const ownList: Partial<Record<SliceKind, string>> = { event: 'events', delegation: 'delegations', agreement: 'agreements', organisation: 'organisations', source: 'sources', series: 'series' };

function idsOf(index: DatasetIndex, kind: SliceKind): string[] {
  const raw = index.raw;
  return { organisation: raw.organisations, event: raw.events, delegation: raw.delegations, agreement: raw.agreements, source: raw.sources, series: raw.series }[kind].map((item) => item.id);
}

/** Every file the build writes for this kind of page: the slice, and whatever else slicePublishedFiles adds. */
export function measureKind(index: DatasetIndex, kind: SliceKind, sample: number): KindFigures[] {
  const ids = idsOf(index, kind);
  const stride = Math.max(1, Math.ceil(ids.length / Math.max(1, sample)));
  const byFile = new Map<string, KindFigures>();
  const figuresFor = (name: string) => {
    let figures = byFile.get(name);
    if (!figures) byFile.set(name, (figures = { kind: name, count: 0, totalBytes: 0, maxBytes: 0, maxId: '', sampled: 0, sampleBytes: 0, sampleGzipBytes: 0, parts: new Map() }));
    return figures;
  };
  ids.forEach((id, i) => {
    const slice = pageSlice(index, kind, id);
    if (!slice) return;
    for (const [name, value] of slicePublishedFiles(index, kind, id, encodeSlice(slice))) {
      const figures = figuresFor(name);
      const text = JSON.stringify(value);
      const bytes = Buffer.byteLength(text);
      figures.count += 1;
      figures.totalBytes += bytes;
      if (bytes > figures.maxBytes) {
        figures.maxBytes = bytes;
        figures.maxId = id;
      }
      if (i % stride !== 0) continue;
      figures.sampled += 1;
      figures.sampleBytes += bytes;
      figures.sampleGzipBytes += gzipSync(text).length;
      addParts(figures.parts, value as object, name === kind ? { list: ownList[kind]!, id } : null);
    }
  });
  return [...byFile.values()];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function formatFigures(figures: KindFigures, topParts = 12): string {
  const mean = figures.count ? figures.totalBytes / figures.count : 0;
  const gzipMean = figures.sampled ? figures.sampleGzipBytes / figures.sampled : 0;
  const lines = [
    `${figures.kind}: ${figures.count} files, mean ${kb(mean)} (gzip ${kb(gzipMean)}, from ${figures.sampled}), max ${kb(figures.maxBytes)} (${figures.maxId}), total ${mb(figures.totalBytes)}`,
  ];
  const parts = [...figures.parts].sort((a, b) => b[1] - a[1]).slice(0, topParts);
  for (const [part, bytes] of parts) {
    lines.push(`    ${part.padEnd(34)} ${((100 * bytes) / Math.max(1, figures.sampleBytes)).toFixed(1).padStart(5)} %  ${kb(bytes / Math.max(1, figures.sampled)).padStart(9)} per file`);
  }
  return lines.join('\n');
}

async function main(argv: string[]): Promise<void> {
  const flags = parseFlags(argv, { data: { type: 'string' }, sample: { type: 'string' }, kinds: { type: 'string' } }, usage);
  const dataDir = flags.data ?? 'data';
  const sample = flags.sample ? wholeNumber('--sample', flags.sample, usage) : 2000;
  const kinds = flags.kinds ? (flags.kinds.split(',') as SliceKind[]) : [...sliceKinds];
  for (const kind of kinds) if (!(sliceKinds as readonly string[]).includes(kind)) throw new Error(`--kinds: no such kind "${kind}"\n${usage}`);
  const started = performance.now();
  // Indexing folds Traditional and Simplified Chinese for search: the converter must be loaded first.
  await loadScriptConverter();
  const { index } = loadValidatedData(dataDir);
  console.log(`${dataDir}: ${index.records.length} records, ${index.raw.organisations.length} organisations, loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  let total = 0;
  for (const kind of kinds) {
    const kindStarted = performance.now();
    for (const figures of measureKind(index, kind, sample)) {
      total += figures.totalBytes;
      console.log(formatFigures(figures));
    }
    console.log(`    (${((performance.now() - kindStarted) / 1000).toFixed(1)} s)`);
  }
  console.log(`all slice files: ${mb(total)}; peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));
