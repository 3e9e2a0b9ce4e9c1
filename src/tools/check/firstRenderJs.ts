/**
 * How much JavaScript, gzipped, a prerendered page needs before its first render (for `npm run budget`).
 *
 * Read from the built site as the browser would load it: the module scripts and module preloads in the
 * page's HTML (the prerenderer preloads the chunks of the page's lazy routes there, which the browser must
 * load before hydrating), plus every chunk those import statically, from Vite's manifest, and a Web Worker's
 * script the page names (the timeline's, which answers before hydration). Each file is
 * gzipped on its own at level 9. Chunks a page only import()s later (after the first render) are not counted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { filesWithStaticImports, keyOfFile, type ViteManifest } from '../build/viteManifest.ts';

export interface ChunkSize {
  file: string;
  gzip: number;
}

export interface PageSize {
  label: string;
  /** The page's HTML file, relative to the output folder. */
  html: string;
  chunks: ChunkSize[];
  total: number;
}

/** The script files a page's HTML names (module scripts and module preloads), as hrefs. */
export function startupScriptHrefs(html: string): string[] {
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const isModuleScript = tag.startsWith('<script') && /\btype="module"/.test(tag);
    const isModulePreload = tag.startsWith('<link') && /\brel="modulepreload"/.test(tag);
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    return (isModuleScript || isModulePreload) && url ? [url] : [];
  });
}

export const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** Gzipped sizes of the built files, each measured once however many pages load it. */
export type GzipSizes = Map<string, number>;

/** Every chunk the page at `html` (relative to `outDir`) loads before its first render, with its gzipped size. */
export function measurePage(outDir: string, manifest: ViteManifest, html: string, label: string, base = '/', sizes: GzipSizes = new Map()): PageSize {
  const content = fs.readFileSync(path.join(outDir, html), 'utf8');
  const workerScripts: string[] = [];
  const keys = startupScriptHrefs(content).flatMap((href) => {
    const file = href.startsWith(base) ? href.slice(base.length) : href;
    const key = keyOfFile(manifest, file);
    if (key) return [key];
    // A Web Worker's script is an asset of the chunk that starts it, bundled with all it imports: counted as it is.
    if (Object.values(manifest).some((chunk) => chunk.assets?.includes(file))) {
      workerScripts.push(file);
      return [];
    }
    throw new Error(`${html} loads ${href}, which the build manifest does not list.`);
  });
  const chunkFiles = filesWithStaticImports(manifest, keys);
  const files = [...chunkFiles, ...workerScripts];
  // A page that hydrates renders its route's lazily loaded component first; if its chunk were not
  // preloaded, this measure would leave out the page's own code.
  const hydrates = /\bdata-prerendered-path="/.test(content);
  if (hydrates && !chunkFiles.some((file) => manifest[keyOfFile(manifest, file)!]!.isDynamicEntry)) {
    throw new Error(`${html} preloads no route chunk: src/tools/build/prerender.ts should add <link rel="modulepreload"> for the page's lazy route modules.`);
  }
  const chunks = files.map((file) => {
    if (!sizes.has(file)) sizes.set(file, gzipSize(fs.readFileSync(path.join(outDir, file))));
    return { file, gzip: sizes.get(file)! };
  });
  return { label, html, chunks, total: chunks.reduce((sum, chunk) => sum + chunk.gzip, 0) };
}
