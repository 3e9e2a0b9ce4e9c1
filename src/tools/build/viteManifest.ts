/**
 * Vite's build manifest (dist/.vite/manifest.json, from `build.manifest`): which chunk holds
 * each source module and which chunks a chunk imports. The prerenderer preloads a page's route
 * chunks from it; the bundle budget measures pages with it.
 */
import fs from 'node:fs';
import path from 'node:path';

/** One entry of the manifest, keyed by its source path ("src/routes/TimelinePage.tsx") or "_<chunk file>". */
export interface ManifestChunk {
  /** The emitted file, relative to the output folder ("assets/TimelinePage-Bx1.js"). */
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  /** Keys of the chunks this one imports statically: the browser loads them before running it. */
  imports?: string[];
  /** Keys of the chunks this one may import() later. */
  dynamicImports?: string[];
  /** Files it refers to by URL: a Web Worker's script among them (new Worker(new URL(…, import.meta.url))). */
  assets?: string[];
}

export type ViteManifest = Record<string, ManifestChunk>;

export const manifestPath = (outDir: string) => path.join(outDir, '.vite', 'manifest.json');

export function readViteManifest(outDir: string): ViteManifest {
  const file = manifestPath(outDir);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run vite build first (vite.config.ts sets build.manifest).`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ViteManifest;
}

/**
 * The files these manifest entries need before they run: their own and, transitively, those of
 * every chunk they import statically. In load order, each file once.
 */
export function filesWithStaticImports(manifest: ViteManifest, keys: readonly string[]): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build manifest has no entry "${key}".`);
    for (const imported of chunk.imports ?? []) visit(imported);
    files.push(chunk.file);
  };
  keys.forEach(visit);
  return files;
}

/** The manifest key of an emitted file, for following its imports from a file named in the HTML. */
export function keyOfFile(manifest: ViteManifest, file: string): string | undefined {
  return Object.keys(manifest).find((key) => manifest[key]!.file === file);
}

/** The emitted script of a Web Worker whose source file is `name` ("timelineWorker"), from the chunk that starts it. */
export function workerFile(manifest: ViteManifest, name: string): string {
  const pattern = new RegExp(`(^|/)${name}-[\\w-]+\\.js$`);
  for (const chunk of Object.values(manifest)) {
    const file = chunk.assets?.find((asset) => pattern.test(asset));
    if (file) return file;
  }
  throw new Error(`The build manifest names no worker script ${name}: update src/tools/build/prerender.ts.`);
}
