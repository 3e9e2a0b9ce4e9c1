import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { measurePage, startupScriptHrefs } from '../../../src/tools/check/firstRenderJs.ts';
import { filesWithStaticImports, type ViteManifest } from '../../../src/tools/build/viteManifest.ts';

/**
 * A tiny build: an entry that imports a shared chunk, a timeline route chunk that imports the
 * shared chunk and one of its own, and an organisation route chunk the timeline never loads.
 */
const manifest: ViteManifest = {
  'index.html': { file: 'assets/index-1.js', src: 'index.html', isEntry: true, imports: ['_vendor-1.js'], dynamicImports: ['src/routes/TimelinePage.tsx', 'src/routes/OrganisationPage.tsx'] },
  '_vendor-1.js': { file: 'assets/vendor-1.js' },
  '_list-1.js': { file: 'assets/list-1.js', imports: ['_vendor-1.js'] },
  'src/routes/TimelinePage.tsx': { file: 'assets/TimelinePage-1.js', src: 'src/routes/TimelinePage.tsx', isDynamicEntry: true, imports: ['_vendor-1.js', '_list-1.js'] },
  'src/routes/OrganisationPage.tsx': { file: 'assets/OrganisationPage-1.js', src: 'src/routes/OrganisationPage.tsx', isDynamicEntry: true, imports: ['_vendor-1.js'] },
};

const contents: Record<string, string> = {
  'assets/index-1.js': 'import "./vendor-1.js";'.repeat(40),
  'assets/vendor-1.js': 'export const react = "a framework";'.repeat(200),
  'assets/list-1.js': 'export const list = [1, 2, 3];'.repeat(30),
  'assets/TimelinePage-1.js': 'export function TimelinePage() {}'.repeat(50),
  'assets/OrganisationPage-1.js': 'export function OrganisationPage() {}'.repeat(500),
};
const gz = (file: string) => gzipSync(contents[file]!, { level: 9 }).length;

const page = (base: string, preloads: string[]) => `<!doctype html>
<html lang="en">
  <head>
    <script type="module" crossorigin src="${base}assets/index-1.js"></script>
    <link rel="modulepreload" crossorigin href="${base}assets/vendor-1.js">
    <link rel="stylesheet" crossorigin href="${base}assets/style-1.css">
    <script type="application/ld+json">{"@type":"WebSite"}</script>
    ${preloads.map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`).join('\n    ')}
  </head>
  <body>
    <div id="root" data-prerendered-path="${base}">…</div><script>window.__staticRouterHydrationData = {};</script>
  </body>
</html>`;

const made: string[] = [];
function fakeBuild(base: string, preloads: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-budget-'));
  made.push(dir);
  fs.mkdirSync(path.join(dir, 'assets'));
  for (const [file, text] of Object.entries(contents)) fs.writeFileSync(path.join(dir, file), text);
  fs.writeFileSync(path.join(dir, 'index.html'), page(base, preloads));
  return dir;
}

afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('startupScriptHrefs', () => {
  it('names module scripts and module preloads, not stylesheets, inline or JSON-LD scripts', () => {
    expect(startupScriptHrefs(page('/', ['assets/TimelinePage-1.js']))).toEqual(['/assets/index-1.js', '/assets/vendor-1.js', '/assets/TimelinePage-1.js']);
  });
});

describe('filesWithStaticImports', () => {
  it('follows static imports transitively, each file once, dependencies first', () => {
    expect(filesWithStaticImports(manifest, ['index.html', 'src/routes/TimelinePage.tsx'])).toEqual([
      'assets/vendor-1.js',
      'assets/index-1.js',
      'assets/list-1.js',
      'assets/TimelinePage-1.js',
    ]);
  });

  it('leaves out chunks that are only imported dynamically', () => {
    expect(filesWithStaticImports(manifest, ['index.html'])).not.toContain('assets/OrganisationPage-1.js');
  });

  it('names an entry the manifest does not have', () => {
    expect(() => filesWithStaticImports(manifest, ['src/routes/Missing.tsx'])).toThrow('The build manifest has no entry "src/routes/Missing.tsx".');
  });
});

describe('measurePage', () => {
  it('adds up the gzipped entry, its imports and the preloaded route chunk with its imports', () => {
    const dir = fakeBuild('/', ['assets/TimelinePage-1.js']);
    const measured = measurePage(dir, manifest, 'index.html', '/');
    const expected = ['assets/vendor-1.js', 'assets/index-1.js', 'assets/list-1.js', 'assets/TimelinePage-1.js'];
    expect(measured.chunks.map((c) => c.file)).toEqual(expected);
    expect(measured.chunks.map((c) => c.gzip)).toEqual(expected.map(gz));
    expect(measured.total).toBe(expected.map(gz).reduce((a, b) => a + b, 0));
  });

  it('gzips each file once, however many pages load it', () => {
    const dir = fakeBuild('/', ['assets/TimelinePage-1.js']);
    const sizes = new Map([['assets/vendor-1.js', 1]]);
    const measured = measurePage(dir, manifest, 'index.html', '/', '/', sizes);
    expect(measured.chunks[0]).toEqual({ file: 'assets/vendor-1.js', gzip: 1 });
    expect(sizes.get('assets/TimelinePage-1.js')).toBe(gz('assets/TimelinePage-1.js'));
  });

  it('reads a build made for a sub-path', () => {
    const dir = fakeBuild('/atlas/', ['assets/TimelinePage-1.js']);
    expect(measurePage(dir, manifest, 'index.html', '/', '/atlas/').chunks).toHaveLength(4);
  });

  it('refuses a hydrated page that preloads no route chunk, which would leave out its own code', () => {
    const dir = fakeBuild('/', []);
    expect(() => measurePage(dir, manifest, 'index.html', '/')).toThrow(/index\.html preloads no route chunk/);
  });

  it('refuses a script the manifest does not list', () => {
    const dir = fakeBuild('/', ['assets/TimelinePage-1.js', 'assets/stray.js']);
    expect(() => measurePage(dir, manifest, 'index.html', '/')).toThrow('index.html loads /assets/stray.js, which the build manifest does not list.');
  });
});
