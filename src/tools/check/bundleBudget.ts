/**
 * `npm run budget` (part of `npm test`, after `npm run build`): how much JavaScript, gzipped, a
 * page needs before its first render, and a hard budget for the first page a visitor opens (/).
 *
 * What a page needs is read from the built site, as the browser would load it: the module scripts
 * and module preloads in the page's prerendered HTML (the prerenderer preloads the chunks of the
 * page's lazy routes there, which the browser must load before hydrating), plus every chunk those
 * import statically, from Vite's manifest. Each file is gzipped on its own at level 9.
 *
 *   tsx src/tools/check/bundleBudget.ts [--dir dist] [--base /]
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseFlags } from '../cliArgs.ts';
import { filesWithStaticImports, keyOfFile, readViteManifest, type ViteManifest } from '../build/viteManifest.ts';

/**
 * The most JavaScript, in gzipped bytes (1 KB = 1000 bytes), the timeline at / may need before its
 * first render. React, react-dom and React Router alone take about 97 KB of it.
 *
 * Issue #6 aims at 120 KB; the timeline measures ~147 KB today (our domain code ~15 KB, components
 * ~9 KB, @tanstack/react-virtual ~10 KB, zod/mini ~7 KB: see docs/BENCHMARKS.md). Until that gap is
 * closed the budget stops growth a little above today's size rather than failing every build.
 * Raised from 150 KB to 153 KB with issue #12: the timeline's filters gained the origin and host facets,
 * leaving any value out, and span selection on the density strip (~2.4 KB, measured 152.4 KB).
 * Raised to 160 KB with issues #15 and #17 (Follow and Embed controls, the status facet, the undated
 * notice, cards that expand, scroll restoration; measured 159.3 KB).
 * Issue #13 (English and 中文) allows the interface-language library up to 6 KB on top; it costs ~11.6 KB
 * (Lingui's runtime ~2.6 KB, the rest the compiled English ICU messages, the t() calls and the localised
 * paths and vocabulary), recorded here rather than hidden (open work: message ids as short hashes).
 * 169 KB after merging both; issue #16 takes the first page down to 110 KB.
 */
export const firstPageBudget = 169_000;
/** What the issue asks for, reported beside the enforced budget. */
export const firstPageTarget = 120_000;

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

/** Every chunk the page at `html` (relative to `outDir`) loads before its first render, with its gzipped size. */
export function measurePage(outDir: string, manifest: ViteManifest, html: string, label: string, base = '/'): PageSize {
  const content = fs.readFileSync(path.join(outDir, html), 'utf8');
  const keys = startupScriptHrefs(content).map((href) => {
    const file = href.startsWith(base) ? href.slice(base.length) : href;
    const key = keyOfFile(manifest, file);
    if (!key) throw new Error(`${html} loads ${href}, which the build manifest does not list.`);
    return key;
  });
  const files = filesWithStaticImports(manifest, keys);
  // A page that hydrates renders its route's lazily loaded component first; if its chunk were not
  // preloaded, this measure would leave out the page's own code.
  const hydrates = /\bdata-prerendered-path="/.test(content);
  if (hydrates && !files.some((file) => manifest[keyOfFile(manifest, file)!]!.isDynamicEntry)) {
    throw new Error(`${html} preloads no route chunk: src/tools/build/prerender.ts should add <link rel="modulepreload"> for the page's lazy route modules.`);
  }
  const chunks = files.map((file) => ({ file, gzip: gzipSize(fs.readFileSync(path.join(outDir, file))) }));
  return { label, html, chunks, total: chunks.reduce((sum, chunk) => sum + chunk.gzip, 0) };
}

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** The failure message when the first page is over budget, else null. */
export function budgetProblem(firstPage: PageSize, budget = firstPageBudget): string | null {
  if (firstPage.total <= budget) return null;
  return (
    `${firstPage.label} needs ${kb(firstPage.total)} of JavaScript (gzipped) before its first render: ` +
    `${kb(firstPage.total - budget)} over the budget of ${kb(budget)} (firstPageBudget in src/tools/check/bundleBudget.ts). ` +
    'Keep that code out of the first page (split it into a route chunk or load it on demand), or make the case for a larger budget.'
  );
}

/** A table of pages, then the chunks of the first one, largest first. */
export function formatReport(pages: PageSize[], budget = firstPageBudget): string {
  const width = Math.max(...pages.map((p) => p.label.length), 4);
  const lines = [`${'page'.padEnd(width)}  chunks  JS (gzip)`];
  for (const page of pages) lines.push(`${page.label.padEnd(width)}  ${String(page.chunks.length).padStart(6)}  ${kb(page.total).padStart(9)}`);
  const [first] = pages;
  if (first) {
    lines.push('', `${first.label}, budget ${kb(budget)}:`);
    for (const chunk of [...first.chunks].sort((a, b) => b.gzip - a.gzip)) lines.push(`  ${kb(chunk.gzip).padStart(9)}  ${chunk.file}`);
  }
  return lines.join('\n');
}

/** The first page (/) and one page of each other kind that exists in the build. */
export function pagesToMeasure(outDir: string): Array<{ label: string; html: string }> {
  const firstIn = (folder: string) => {
    const dir = path.join(outDir, folder);
    if (!fs.existsSync(dir)) return undefined;
    const id = fs
      .readdirSync(dir)
      .sort()
      .find((name) => fs.existsSync(path.join(dir, name, 'index.html')));
    return id === undefined ? undefined : { label: `/${folder}/${id}`, html: `${folder}/${id}/index.html` };
  };
  return [
    { label: '/ (timeline)', html: 'index.html' },
    { label: '/organisations', html: 'organisations/index.html' },
    firstIn('organisations'),
    firstIn('events'),
    firstIn('sources'),
  ].filter((page): page is { label: string; html: string } => page !== undefined && fs.existsSync(path.join(outDir, page.html)));
}

function main() {
  const usage = 'usage: tsx src/tools/check/bundleBudget.ts [--dir dist] [--base /]';
  const flags = parseFlags(process.argv.slice(2), { dir: { type: 'string' }, base: { type: 'string' } }, usage);
  const outDir = path.resolve(flags.dir ?? 'dist');
  const manifest = readViteManifest(outDir);
  const pages = pagesToMeasure(outDir).map(({ label, html }) => measurePage(outDir, manifest, html, label, flags.base ?? '/'));
  console.log(formatReport(pages));
  const problem = pages[0] && budgetProblem(pages[0]);
  if (problem) {
    console.error(`\nbudget: ${problem}`);
    process.exit(1);
  }
  const first = pages[0];
  const target = first && first.total > firstPageTarget ? `; over the issue's ${kb(firstPageTarget)} target by ${kb(first.total - firstPageTarget)}` : '';
  console.log(`\nbudget ok: ${first?.label} is within ${kb(firstPageBudget)}${target}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    main();
  } catch (error) {
    console.error(`budget: ${(error as Error).message}`);
    process.exit(1);
  }
}
