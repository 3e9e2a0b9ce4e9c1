/**
 * After `vite build`: writes a real HTML file for every page (dist/organisations/<id>/index.html,
 * …), each with its content rendered by React Router's static APIs, its own title, description,
 * canonical link, Open Graph and Twitter tags, JSON-LD, a Content-Security-Policy that hashes
 * the only inline scripts, and module preloads for its route's code. Every page twice: in English at
 * its own path and in Simplified Chinese under /zh/, each with <html lang> and reciprocal hreflang
 * alternates. Also 404.html and zh/404.html, sitemap.xml (both languages) and robots.txt;
 * the Atom feeds (feeds/…) and the FollowTheMoney export (data/atlas.ftm.json). Embeds are English only.
 *
 *   BASE_PATH   sub-path the site is hosted under (default "/"), as for the build
 *   SITE_URL    origin for canonical and Open Graph URLs (default http://localhost:4173)
 *   DATA_DIR    data folder (default data/)
 *   OUT_DIR     the built site to prerender into (default dist/)
 *   PRERENDER_RECORDS=false   only the list pages (for very large corpora; deep links then rely
 *                             on the host answering unknown paths with index.html)
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createServer } from 'vite';
import type { PageData, RenderedPage, renderPage as RenderPage } from '../../app/entry-server.tsx';
import { pageMeta, type PageMetaKind } from '../../domain/publish/index.ts';
import { paths } from '../../domain/paths.ts';
import { compileMessagesAtRunTime, loadCatalogue, loadScriptConverter, locales, localisePath, translator, type Locale, type Translations } from '../../domain/i18n/index.ts';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { pageSlice, sliceKinds, type SliceKind } from '../../domain/publish/index.ts';
import { loadValidatedData, mapDataOf, type LoadedData } from './datasetPlugin.ts';
import { countriesWithPages, countryPageData } from '../../domain/publish/index.ts';
import { atomFeed, atomMimeType, feedDefinitions, type FeedDefinition } from '../../domain/publish/feeds/index.ts';
import { ftmEntities } from '../../domain/publish/ftm/index.ts';
import { jsonLineChunks, writeChunks } from './jsonChunks.ts';
import { recordHistory } from './gitRecordHistory.ts';
import { timelineIndexFiles } from './timelineIndexFiles.ts';
import { filesWithStaticImports, readViteManifest, workerFile, type ViteManifest } from './viteManifest.ts';

// Under tsx the catalogues arrive as written (Vite's plugin compiles them only for what Vite loads):
// compile them here, so page titles and descriptions fill in their placeholders.
compileMessagesAtRunTime(compileMessage);

const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const dataDir = process.env.DATA_DIR ?? 'data';
const base = process.env.BASE_PATH ?? '/';
const siteUrl = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/$/, '');
const prerenderRecords = process.env.PRERENDER_RECORDS !== 'false';

export interface Page {
  kind: PageMetaKind;
  id: string | null;
  locale: Locale;
  /** Router path, without the base path. */
  path: string;
  /** The English page's router path: the same page in every language derives from it. */
  englishPath: string;
  /** Where the HTML goes, relative to dist/. */
  file: string;
  hydrate: boolean;
  /** A compact view for other sites' iframes: not indexed, its canonical link names the full page. */
  embed?: boolean;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON inside <script>: "<" escaped so no string in the data can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const withBase = (routerPath: string) => `${base.replace(/\/$/, '')}${routerPath}` || '/';
const absolute = (routerPath: string) => `${siteUrl}${withBase(routerPath)}`;

function fileFor(routerPath: string): string {
  const folder = routerPath.replace(/^\/|\/$/g, '');
  return folder === '' ? 'index.html' : `${folder}/index.html`;
}

export function pagesOf({ index }: LoadedData, withRecords: boolean): Page[] {
  const englishPages: Array<Pick<Page, 'kind' | 'id' | 'englishPath'>> = [];
  const page = (kind: PageMetaKind, id: string | null, englishPath: string) => englishPages.push({ kind, id, englishPath });
  page('timeline', null, paths.timeline());
  page('map', null, paths.map());
  page('organisations', null, paths.organisations());
  page('sources', null, paths.sources());
  page('about', null, paths.about());
  // Country pages are few (one per country with records) and small at any corpus size: always prerendered.
  for (const code of countriesWithPages(index)) page('country', code, paths.country(code));
  if (withRecords) {
    for (const o of index.raw.organisations) page('organisation', o.id, paths.organisation(o.id));
    for (const e of index.raw.events) page('event', e.id, paths.event(e.id));
    for (const d of index.raw.delegations) page('delegation', d.id, paths.delegation(d.id));
    for (const a of index.raw.agreements) page('agreement', a.id, paths.agreement(a.id));
  }
  // Series are few, like sources: always prerendered.
  for (const s of index.raw.series) page('series', s.id, paths.series(s.id));
  // Source pages are few and are the evidence itself: always prerendered.
  for (const s of index.raw.sources) page('source', s.id, paths.source(s.id));
  const pages: Page[] = locales.flatMap((locale) =>
    englishPages.map((p) => {
      const routerPath = localisePath(locale, p.englishPath);
      return { ...p, locale, path: routerPath, file: fileFor(routerPath), hydrate: true };
    }),
  );
  // Served by static hosts for any unknown path; rendered afresh in the browser, never hydrated.
  for (const locale of locales) {
    const routerPath = localisePath(locale, '/404');
    pages.push({ kind: 'not-found', id: null, locale, path: routerPath, englishPath: '/404', file: routerPath.replace(/^\//, '') + '.html', hydrate: false });
  }
  // Views for other sites' iframes, in each language; not in the sitemap.
  const embed = (locale: Locale, kind: PageMetaKind, id: string | null, englishPath: string): Page => {
    const routerPath = localisePath(locale, englishPath);
    return { kind, id, locale, path: routerPath, englishPath, file: fileFor(routerPath), hydrate: true, embed: true };
  };
  for (const locale of locales) {
    pages.push(embed(locale, 'timeline', null, paths.embedTimeline()));
    if (withRecords) for (const o of index.raw.organisations) pages.push(embed(locale, 'organisation', o.id, paths.embedOrganisation(o.id)));
  }
  return pages;
}

/**
 * Netlify's _redirects: an unknown path under a language's folder gets that language's not-found page
 * (a 404 rule applies only where no file exists). Netlify serves the root 404.html by itself; Cloudflare
 * Pages and the test server find the nearest 404.html up the folders without any rule.
 */
function notFoundRedirects(): string {
  const lines = locales.filter((locale) => locale !== 'en').map((locale) => {
    const folder = withBase(localisePath(locale, '/'));
    return `${folder}*  ${folder}404.html  404`;
  });
  return `# Unknown paths in each language's folder get that language's not-found page.\n${lines.join('\n')}\n`;
}

/**
 * Our translations of the data for a page in another language. A data folder without them (synthetic
 * data) gets an empty set: the page shows the English, marked, as the browser will once its fetch finds
 * none, and the language's loader does not try to fetch the file from Node.
 */
const translationsFor = (data: LoadedData, page: Page): Translations | undefined =>
  page.locale === 'en' ? undefined : (data.translations.get(page.locale) ?? { lang: page.locale, translatedFrom: 'en', records: {} });

function pageData(data: LoadedData, page: Page): PageData {
  if (page.kind === 'map') return { dataset: emptyDataset(data), whole: false, sliceKey: 'map', mapData: mapDataOf(data.index), translations: translationsFor(data, page) };
  if (page.kind === 'country') {
    const countryPage = countryPageData(data.index, page.id!)!;
    return { dataset: countryPage.slice, whole: false, sliceKey: `country:${page.id}`, mapData: mapDataOf(data.index), countryPage, translations: translationsFor(data, page) };
  }
  if ((sliceKinds as readonly string[]).includes(page.kind)) {
    const kind = page.kind as SliceKind;
    const slice = pageSlice(data.index, kind, page.id!)!;
    const sourceTexts = kind === 'source' ? { [page.id!]: data.sourceTexts.get(page.id!)! } : undefined;
    return { dataset: slice, whole: false, sliceKey: `${kind}:${page.id}`, sourceTexts, translations: translationsFor(data, page) };
  }
  const timelineFiles = page.kind === 'timeline' ? timelineIndexFiles(data.index) : undefined;
  return { dataset: data.index.raw, whole: page.kind !== 'not-found', translations: translationsFor(data, page), timelineFiles };
}

/** The same page in every language, and x-default (English): absolute, and the same list on each of them. */
export function alternateLinks(page: Pick<Page, 'englishPath'>): string[] {
  const link = (hreflang: string, routerPath: string) => `<link rel="alternate" hreflang="${hreflang}" href="${escapeHtml(absolute(routerPath))}">`;
  return [...locales.map((locale) => link(locale, localisePath(locale, page.englishPath))), link('x-default', page.englishPath)];
}

/** No records: the map page renders from the counted rows alone, as its client does. */
function emptyDataset({ index }: LoadedData): PageData['dataset'] {
  return { sectors: index.raw.sectors, sources: [], organisations: [], people: [], events: [], delegations: [], agreements: [], series: [], glosses: [] };
}

/** The feed a page mirrors, announced in its <head> for feed readers' autodiscovery. */
export function pageFeed(page: Page, feeds: readonly FeedDefinition[]): FeedDefinition | undefined {
  if (page.kind === 'timeline') return feeds.find((f) => f.scope.kind === 'all');
  if (page.kind === 'organisation') return feeds.find((f) => f.scope.kind === 'organisation' && f.scope.id === page.id);
  return undefined;
}

/**
 * Runs before the first paint of a prerendered page: a query string (filters) means the prerendered list,
 * which is the unfiltered one, is the wrong view. The page's CSS then shows a loading state for the results
 * until the app has rendered the filtered view (RootLayout sets data-hydrated). With JavaScript off it does
 * not run, and the page says that filtering needs JavaScript above the unfiltered list.
 */
export const markFilteredScript = "if(location.search.length>1)document.documentElement.setAttribute('data-filtered','')";

export function headTags(data: LoadedData, page: Page, rendered: RenderedPage, feeds: readonly FeedDefinition[] = []): { head: string; csp: string } {
  const meta = pageMeta(data.index, page.kind, page.id, absolute, { locale: page.locale, translations: translationsFor(data, page) ?? null });
  const canonical = absolute(meta.canonicalPath);
  const jsonLd = meta.jsonLd ? scriptJson(meta.jsonLd) : '';
  const scriptHashes = [rendered.hydrationScript.replace(/^<script>|<\/script>$/g, ''), jsonLd, page.hydrate ? markFilteredScript : '']
    .filter(Boolean)
    .map(sha256);
  const csp = [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.length ? ` ${scriptHashes.join(' ')}` : ''}`,
    // Our one stylesheet only: no <style> elements, no style="…" attributes (bar heights are classes,
    // windowed rows are placed from script through element.style, which this does not restrict).
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    // Web Workers from our own scripts (the timeline's index off the main thread).
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  // The page's own <title> (rendered by React) wins, so previews and tabs agree.
  const renderedTitle = rendered.head.match(/<title>([\s\S]*?)<\/title>/)?.[1];
  const titleText = renderedTitle ?? escapeHtml(meta.title);
  const title = `<title>${titleText}</title>`;
  const tags = [
    title,
    `<meta name="description" content="${escapeHtml(meta.description)}">`,
    page.kind === 'not-found' ? '<meta name="robots" content="noindex">' : `<link rel="canonical" href="${escapeHtml(canonical)}">`,
    ...(page.kind === 'not-found' || page.embed ? [] : alternateLinks(page)),
    ...(page.embed ? ['<meta name="robots" content="noindex">'] : []),
    `<meta property="og:site_name" content="${escapeHtml(translator(page.locale)('Trade Mission Atlas'))}">`,
    `<meta property="og:locale" content="${page.locale === 'en' ? 'en' : 'zh_CN'}">`,
    `<meta property="og:type" content="${meta.ogType}">`,
    `<meta property="og:title" content="${titleText}">`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}">`,
    ...(page.kind === 'not-found' ? [] : [`<meta property="og:url" content="${escapeHtml(canonical)}">`]),
    '<meta name="twitter:card" content="summary">',
    `<meta name="twitter:title" content="${titleText}">`,
    `<meta name="twitter:description" content="${escapeHtml(meta.description)}">`,
    ...(jsonLd ? [`<script type="application/ld+json">${jsonLd}</script>`] : []),
    ...feedLinks(page, feeds),
    ...(page.hydrate ? [`<script>${markFilteredScript}</script>`] : []),
  ];
  return { head: tags.join('\n    '), csp };
}

function feedLinks(page: Page, feeds: readonly FeedDefinition[]): string[] {
  const feed = pageFeed(page, feeds);
  return feed ? [`<link rel="alternate" type="${atomMimeType}" title="${escapeHtml(feed.title)}" href="${escapeHtml(absolute(feed.path))}">`] : [];
}

/** Writes every Atom feed; returns how many. */
function writeFeeds(data: LoadedData, feeds: readonly FeedDefinition[]): number {
  const history = recordHistory(dataDir);
  const context = { index: data.index, absolute, changeTimes: history.changeTimes, fallbackTime: history.latest, updatedBasis: history.basis };
  for (const feed of feeds) {
    const target = path.join(outDir, feed.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, atomFeed(feed, context));
  }
  if (!history.fromGit) console.warn(`feeds: ${history.basis}`);
  return feeds.length;
}

/**
 * Module preloads for the chunks of the page's lazily loaded route modules (and what they import)
 * that the built shell does not load already: the browser then fetches them alongside the entry
 * script, rather than only once that script has run and asked the router for them.
 */
export function routePreloads(manifest: ViteManifest, shell: string, pageModules: readonly string[]): string[] {
  const inShell = new Set([...shell.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((match) => match[1]));
  return filesWithStaticImports(manifest, pageModules)
    .map((file) => `${base}${file}`)
    .filter((href) => !inShell.has(href))
    .map((href) => `<link rel="modulepreload" crossorigin href="${escapeHtml(href)}">`);
}

/**
 * On-demand modules the page's loaders await before its first render, so before hydration: preloaded
 * with the page's own chunks (no request waterfall) and so counted by `npm run budget`. The e2e test
 * tests/e2e/csp.spec.ts fails if a page loads a script before hydrating that its HTML does not name.
 * - The Traditional → Simplified converter (opencc-js): the loaders of every page with records await it
 *   before indexing them (the search folds both scripts), and the Chinese root's loader on every page.
 * - The Chinese interface's messages and vocabulary, on Chinese pages.
 */
export function modulesAwaitedBeforeFirstRender(manifest: ViteManifest, page: Pick<Page, 'kind' | 'locale' | 'hydrate' | 'embed'>): string[] {
  if (!page.hydrate) return [];
  const find = (pattern: RegExp, what: string) => {
    const key = Object.keys(manifest).find((k) => pattern.test(k) && manifest[k]!.isDynamicEntry);
    if (!key) throw new Error(`The build manifest has no on-demand chunk for ${what} (${pattern}): update modulesAwaitedBeforeFirstRender in src/tools/build/prerender.ts.`);
    return key;
  };
  // The map and country pages load counted rows, not records (the map loads records only for filters that need
  // them); the About page loads its counted coverage (data/coverage.json). The timeline reads cards and its
  // index, not records: only its embed still loads the whole dataset.
  const loadsRecords = page.kind !== 'map' && page.kind !== 'country' && page.kind !== 'about' && !(page.kind === 'timeline' && !page.embed);
  const converter = loadsRecords || page.locale !== 'en' ? [find(/opencc-js\/.*\/core\.js$/, 'the script converter'), find(/opencc-js\/.*\/to\/cn\.js$/, 'its dictionaries')] : [];
  const catalogue = page.locale === 'zh-Hans' ? [find(/\/messages\.zh-Hans\.json$/, 'the Chinese messages'), find(/\/vocabularyZhHans\.ts$/, 'the Chinese vocabulary')] : [];
  // The timeline's loader imports its client (store/timelineQueries.ts) on demand, to ask the worker for the first answer.
  const timeline = page.kind === 'timeline' && !page.embed ? [find(/^src\/store\/timelineQueries\.ts$/, "the timeline's client")] : [];
  return [...converter, ...catalogue, ...timeline];
}

/**
 * The timeline's loader asks its Web Worker (store/timelineWorker.ts) for the first answer before hydrating:
 * its script is named in the page, fetched alongside the page's chunks and counted by `npm run budget`.
 */
export function workerPreloads(manifest: ViteManifest, page: Pick<Page, 'kind' | 'hydrate' | 'embed'>): string[] {
  if (page.kind !== 'timeline' || !page.hydrate || page.embed) return [];
  return [`<link rel="modulepreload" crossorigin href="${escapeHtml(`${base}${workerFile(manifest, 'timelineWorker')}`)}">`];
}

export function fillTemplate(template: string, page: Page, rendered: RenderedPage, tags: { head: string; csp: string }, preloads: readonly string[] = []): string {
  return template
    .replace(/<html lang="[^"]*">/, `<html lang="${page.locale}">`)
    .replace(
      /<meta charset="UTF-8" \/>/i,
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${tags.csp}">\n    <meta name="referrer" content="strict-origin-when-cross-origin">`,
    )
    .replace(/<title>[\s\S]*?<\/title>/, tags.head)
    .replace(/\s*<meta name="description"[^>]*>/, '')
    .replace(/(\s*)<\/head>/, (end) => preloads.map((tag) => `\n    ${tag}`).join('') + end)
    .replace(
      '<div id="root"></div>',
      `<div id="root"${page.hydrate ? ` data-prerendered-path="${escapeHtml(withBase(page.path))}"` : ''}>${rendered.body}</div>${page.hydrate ? rendered.hydrationScript : ''}`,
    );
}

function sitemap(pages: Page[]): string {
  // Each URL lists every language's version of itself (Google's sitemap form of hreflang).
  const urls = pages
    .filter((p) => p.kind !== 'not-found' && !p.embed)
    .map((p) => {
      const alternates = locales.map((locale) => `<xhtml:link rel="alternate" hreflang="${locale}" href="${escapeHtml(absolute(localisePath(locale, p.englishPath)))}"/>`);
      const xDefault = `<xhtml:link rel="alternate" hreflang="x-default" href="${escapeHtml(absolute(p.englishPath))}"/>`;
      return `  <url><loc>${escapeHtml(absolute(p.path))}</loc>${alternates.join('')}${xDefault}</url>`;
    });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

async function main() {
  // Each page's head (title, description, JSON-LD) is written here, outside the rendered app: it needs
  // every language's messages and labels too.
  await Promise.all(locales.map(loadCatalogue));
  const templateFile = path.join(outDir, 'index.html');
  if (!fs.existsSync(templateFile)) throw new Error('dist/index.html is missing: run vite build first.');
  // The built shell, kept so a second prerender run starts from it rather than from a rendered page.
  const shellFile = path.join(outDir, '.shell.html');
  if (!fs.existsSync(shellFile)) fs.copyFileSync(templateFile, shellFile);
  const template = fs.readFileSync(shellFile, 'utf8');

  const manifest = readViteManifest(outDir);
  await loadScriptConverter();
  const data = loadValidatedData(dataDir);
  const vite = await createServer({ base, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom', optimizeDeps: { noDiscovery: true, include: [] } });
  try {
    const { renderPage } = (await vite.ssrLoadModule('/src/app/entry-server.tsx')) as { renderPage: typeof RenderPage };
    const pages = pagesOf(data, prerenderRecords);
    const feeds = feedDefinitions(data.index);
    const started = performance.now();
    for (const page of pages) {
      const rendered = await renderPage(withBase(page.path), pageData(data, page), { basename: base.replace(/\/$/, '') || '/', hydrate: page.hydrate });
      const expected = page.kind === 'not-found' ? 404 : 200;
      if (rendered.status !== expected) throw new Error(`${page.path} rendered with status ${rendered.status}, expected ${expected}`);
      const preloads = [...routePreloads(manifest, template, [...rendered.pageModules, ...modulesAwaitedBeforeFirstRender(manifest, page)]), ...workerPreloads(manifest, page)];
      const html = fillTemplate(template, page, rendered, headTags(data, page, rendered, feeds), preloads);
      const target = path.join(outDir, page.file);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, html);
    }
    fs.writeFileSync(path.join(outDir, 'sitemap.xml'), sitemap(pages));
    fs.writeFileSync(path.join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap.xml')}\n`);
    fs.writeFileSync(path.join(outDir, '_redirects'), notFoundRedirects());
    const feedCount = writeFeeds(data, feeds);
    // Line by line: at a million records the export is longer than any string V8 can hold.
    writeChunks(path.join(outDir, paths.ftm()), jsonLineChunks(ftmEntities({ index: data.index, absolute })));
    fs.rmSync(shellFile);
    console.log(`wrote ${feedCount} Atom feeds`);
    console.log(`prerendered ${pages.length} pages in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await vite.close();
  }
}

await main();
