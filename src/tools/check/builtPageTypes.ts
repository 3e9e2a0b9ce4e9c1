/**
 * The page types of a built site, and which of its HTML files are pages of each: for `npm run budget`,
 * which measures every page of a type and holds the type to the heaviest.
 */
import fs from 'node:fs';
import path from 'node:path';

export const budgetedPageTypes = [
  'timeline /',
  'timeline /zh/',
  'directory',
  'organisation',
  'event',
  'delegation',
  'agreement',
  'series',
  'source',
  'sources list',
  'map',
  'country',
  'about',
  'embed timeline',
  'embed organisation',
] as const;

export type BudgetedPageType = (typeof budgetedPageTypes)[number];

/** Where each type's pages are in the output folder: one file, or `<folder>/<id>/index.html` for every id. */
const locations: Record<BudgetedPageType, { file: string } | { folder: string }> = {
  'timeline /': { file: 'index.html' },
  'timeline /zh/': { file: 'zh/index.html' },
  directory: { file: 'organisations/index.html' },
  organisation: { folder: 'organisations' },
  event: { folder: 'events' },
  delegation: { folder: 'delegations' },
  agreement: { folder: 'agreements' },
  series: { folder: 'series' },
  source: { folder: 'sources' },
  'sources list': { file: 'sources/index.html' },
  map: { file: 'map/index.html' },
  country: { folder: 'countries' },
  about: { file: 'about/index.html' },
  'embed timeline': { file: 'embed/index.html' },
  'embed organisation': { folder: 'embed/organisations' },
};

/** The HTML files (relative to `outDir`, sorted) of each page type; a type the build has no page of gets none. */
export function builtPagesByType(outDir: string): Map<BudgetedPageType, string[]> {
  const exists = (file: string) => fs.existsSync(path.join(outDir, file));
  const pages = new Map<BudgetedPageType, string[]>();
  for (const type of budgetedPageTypes) {
    const where = locations[type];
    if ('file' in where) {
      pages.set(type, exists(where.file) ? [where.file] : []);
      continue;
    }
    const dir = path.join(outDir, where.folder);
    const ids = fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
    pages.set(type, ids.map((id) => `${where.folder}/${id}/index.html`).filter(exists));
  }
  return pages;
}
