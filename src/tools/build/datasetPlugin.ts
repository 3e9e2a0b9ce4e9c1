/**
 * Ships the data as static files next to the app rather than inside the JS bundle:
 *   data/dataset.json             the whole dataset (timeline, directory, sources list)
 *   data/slices/<kind>/<id>.json  what one organisation's, record's or source's page needs
 *   data/slices/organisation-records/<id>.json  an organisation's records whole, for its page's export
 *   data/names.json               every record's id and name, for "did you mean"
 *   data/coverage.json            what the atlas covers, counted, and its articles (the About page)
 *   data/map.json                 the world map and the flows between countries, counted (map and country pages)
 *   data/countries/<CC>.json      a country page's counts and latest records
 *   data/sources/<id>.txt         the article texts
 *   data/translations/<lang>.json our translations of the data's English (the Chinese interface)
 *   data/parquet/<table>.parquet  the dataset as Parquet tables, for DuckDB and friends (build only)
 *   data/timeline/index.json      the timeline's columnar index: its vocabularies and the names of its tables,
 *   data/timeline/<table>.<hash>.arrow   Arrow IPC tables the timeline's worker filters and counts over
 * The dev server answers the same URLs from the data folder, so dev and build behave alike.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { indexDataset } from '../../domain/dataset/index.ts';
import { type DatasetIndex } from '../../domain/dataset/index.ts';
import { coverageFile, datasetNames } from '../../domain/dataset/index.ts';
import { encodeSlice, organisationRecordsFolder, organisationRecordsSlice, pageSlice, sliceKinds, type SliceKind } from '../../domain/publish/index.ts';
import { formatValidationError } from '../../domain/records/index.ts';
import { validateDataDir } from '../readDataDir.ts';
import { isScriptConverterLoaded, loadScriptConverter, translationsSchema, type Translations } from '../../domain/i18n/index.ts';
import { aggregateMap, encodeMapData, type MapData } from '../../domain/flows/index.ts';
import { countriesWithPages, countryPageData } from '../../domain/publish/index.ts';
import { mapGeometry } from './mapGeometry.ts';
import { writeParquetFiles } from './writeParquet.ts';
import { timelineIndexFiles } from './timelineIndexFiles.ts';
import { objectOfListsChunks, writeChunks } from './jsonChunks.ts';
import { slicePublishedFiles } from './sliceFiles.ts';

export interface LoadedData {
  index: DatasetIndex;
  sourceTexts: Map<string, string>;
  /** data/translations/<lang>.json, as checked JSON text, by language. */
  translations: Map<string, Translations>;
}

function readTranslations(dataDir: string): Map<string, Translations> {
  const dir = path.join(dataDir, 'translations');
  const found = new Map<string, Translations>();
  if (!fs.existsSync(dir)) return found;
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    const parsed = translationsSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
    if (parsed.success) found.set(parsed.data.lang, parsed.data);
  }
  return found;
}

const mapDataCache = new WeakMap<DatasetIndex, MapData>();

/** The map's geometry and counted rows, computed once per dataset. */
export function mapDataOf(index: DatasetIndex): MapData {
  let data = mapDataCache.get(index);
  if (!data) {
    const aggregate = aggregateMap(index.records);
    data = { geometry: mapGeometry(new Set(aggregate.places.map((row) => row.key))), aggregate };
    mapDataCache.set(index, data);
  }
  return data;
}

export function loadValidatedData(dataDir: string): LoadedData {
  // The search index (and the timeline's search chunks made from it) hold Simplified script: indexed without
  // the converter, a Traditional 華西 in the data would never match.
  if (!isScriptConverterLoaded()) throw new Error('Load the script converter (loadScriptConverter) before indexing the data.');
  const { errors, dataset, content } = validateDataDir(dataDir);
  const problems = [...content.readErrors, ...errors.map(formatValidationError)];
  if (problems.length > 0) {
    throw new Error(`Data in ${dataDir}/ is invalid (run npm run data:check):\n  ${problems.slice(0, 20).join('\n  ')}`);
  }
  return { index: indexDataset(dataset), sourceTexts: content.sourceTexts, translations: readTranslations(dataDir) };
}

function idsOf(index: DatasetIndex, kind: SliceKind): string[] {
  const raw = index.raw;
  const list = { organisation: raw.organisations, event: raw.events, delegation: raw.delegations, agreement: raw.agreements, source: raw.sources, series: raw.series }[kind];
  return list.map((item) => item.id);
}

/**
 * Every data file the app may request, by path under the output folder, with its text: a string, or
 * chunks for the whole dataset, which at a million records is longer than any string V8 can hold.
 */
export function* dataFiles({ index, sourceTexts, translations }: LoadedData): Generator<[string, string | Uint8Array | Iterable<string>]> {
  yield ['data/dataset.json', objectOfListsChunks(index.raw as unknown as Record<string, readonly unknown[]>)];
  yield* timelineIndexFiles(index);
  for (const [lang, translation] of translations) yield [`data/translations/${lang}.json`, JSON.stringify(translation)];
  yield ['data/names.json', JSON.stringify(datasetNames(index.raw))];
  yield ['data/coverage.json', JSON.stringify(coverageFile(index))];
  yield ['data/map.json', JSON.stringify(encodeMapData(mapDataOf(index)))];
  for (const code of countriesWithPages(index)) yield [`data/countries/${code}.json`, JSON.stringify(countryPageData(index, code))];
  for (const [id, text] of sourceTexts) yield [`data/sources/${id}.txt`, text];
  for (const kind of sliceKinds) {
    for (const id of idsOf(index, kind)) {
      for (const [name, value] of slicePublishedFiles(index, kind, id, encodeSlice(pageSlice(index, kind, id)!))) yield [`data/slices/${name}/${id}.json`, JSON.stringify(value)];
    }
  }
}

/** Answer one data path (dev server, tests), or undefined when there is no such file. */
export function resolveDataFile(data: LoadedData, rest: string): { type: string; body: string | Uint8Array } | undefined {
  const indexFile = timelineIndexFiles(data.index).get(rest);
  if (indexFile) return { type: rest.endsWith('.json') ? 'application/json' : 'application/vnd.apache.arrow.stream', body: indexFile };
  if (rest === 'data/dataset.json') return { type: 'application/json', body: JSON.stringify(data.index.raw) };
  if (rest === 'data/names.json') return { type: 'application/json', body: JSON.stringify(datasetNames(data.index.raw)) };
  if (rest === 'data/coverage.json') return { type: 'application/json', body: JSON.stringify(coverageFile(data.index)) };
  const translation = /^data\/translations\/([A-Za-z-]+)\.json$/.exec(rest);
  if (translation && data.translations.has(translation[1]!)) return { type: 'application/json', body: JSON.stringify(data.translations.get(translation[1]!)) };
  if (rest === 'data/map.json') return { type: 'application/json', body: JSON.stringify(encodeMapData(mapDataOf(data.index))) };
  const country = /^data\/countries\/([A-Z]{2})\.json$/.exec(rest);
  if (country) {
    const page = countryPageData(data.index, country[1]!);
    if (page) return { type: 'application/json', body: JSON.stringify(page) };
  }
  const text = /^data\/sources\/([a-z0-9-]+)\.txt$/.exec(rest);
  if (text && data.sourceTexts.has(text[1]!)) return { type: 'text/plain', body: data.sourceTexts.get(text[1]!)! };
  const records = new RegExp(`^data/slices/${organisationRecordsFolder}/([a-z0-9-]+)\\.json$`).exec(rest);
  const recordsSlice = records ? organisationRecordsSlice(data.index, records[1]!) : null;
  if (recordsSlice) return { type: 'application/json', body: JSON.stringify(encodeSlice(recordsSlice)) };
  const slice = /^data\/slices\/([a-z]+)\/([a-z0-9-]+)\.json$/.exec(rest);
  if (slice && (sliceKinds as readonly string[]).includes(slice[1]!)) {
    const found = pageSlice(data.index, slice[1] as SliceKind, slice[2]!);
    if (found) return { type: 'application/json', body: JSON.stringify(encodeSlice(found)) };
  }
  return undefined;
}

export function datasetPlugin({ dataDir }: { dataDir: string }): Plugin {
  let base = '/';
  let outDir = 'dist';
  let isSsrBuild = false;
  let cached: LoadedData | null = null;
  return {
    name: 'trade-mission-atlas:dataset',
    configResolved(config) {
      base = config.base;
      outDir = path.resolve(config.root, config.build.outDir);
      isSsrBuild = Boolean(config.build.ssr);
    },
    configureServer(server) {
      server.watcher.add(dataDir);
      server.watcher.on('change', (file) => {
        if (path.resolve(file).startsWith(path.resolve(dataDir))) cached = null;
      });
      server.middlewares.use(async (req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        if (!url.startsWith(`${base}data/`)) return next();
        try {
          await loadScriptConverter();
          cached ??= loadValidatedData(dataDir);
          const file = resolveDataFile(cached, url.slice(base.length));
          if (!file) {
            res.statusCode = 404;
            res.end('Not found');
            return;
          }
          res.setHeader('Content-Type', typeof file.body === 'string' || file.type.endsWith('json') ? `${file.type}; charset=utf-8` : file.type);
          res.end(file.body);
        } catch (error) {
          res.statusCode = 500;
          res.end((error as Error).message);
        }
      });
    },
    async buildStart() {
      // Fail the build before bundling when the data is invalid: a bad record never ships.
      await loadScriptConverter();
      if (!isSsrBuild) cached = loadValidatedData(dataDir);
    },
    // Written straight to disk: at corpus scale there are far more files than Rollup assets should carry.
    writeBundle() {
      if (isSsrBuild || !cached) return;
      // One mkdir per folder, not per file: a large corpus has hundreds of thousands of slices in a few folders.
      const made = new Set<string>();
      for (const [file, body] of dataFiles(cached)) {
        const target = path.join(outDir, file);
        const folder = path.dirname(target);
        if (!made.has(folder)) {
          fs.mkdirSync(folder, { recursive: true });
          made.add(folder);
        }
        if (typeof body === 'string' || body instanceof Uint8Array) fs.writeFileSync(target, body);
        else writeChunks(target, body);
      }
      writeParquetFiles(cached.index.raw, outDir);
    },
  };
}
