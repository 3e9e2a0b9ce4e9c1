import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { budgetProblems, firstRenderTarget, formatReport, measurePageTypes, pageTypeBudgets, type PageTypeSize } from '../../../src/tools/check/bundleBudget.ts';
import { budgetedPageTypes, builtPagesByType, type BudgetedPageType } from '../../../src/tools/check/builtPageTypes.ts';
import type { ViteManifest } from '../../../src/tools/build/viteManifest.ts';

/** A tiny build: an entry, a timeline route and an organisation route that also loads a long-list chunk. */
const manifest: ViteManifest = {
  'index.html': { file: 'assets/index-1.js', src: 'index.html', isEntry: true },
  'src/routes/TimelinePage.tsx': { file: 'assets/TimelinePage-1.js', src: 'src/routes/TimelinePage.tsx', isDynamicEntry: true },
  'src/routes/OrganisationPage.tsx': { file: 'assets/OrganisationPage-1.js', src: 'src/routes/OrganisationPage.tsx', isDynamicEntry: true },
  'src/components/timeline/WindowedTimeline.tsx': { file: 'assets/WindowedTimeline-1.js', src: 'src/components/timeline/WindowedTimeline.tsx', isDynamicEntry: true },
};
const contents: Record<string, string> = {
  'assets/index-1.js': 'export const react = "a framework";'.repeat(300),
  'assets/TimelinePage-1.js': 'export function TimelinePage() {}'.repeat(50),
  'assets/OrganisationPage-1.js': 'export function OrganisationPage() {}'.repeat(60),
  'assets/WindowedTimeline-1.js': Array.from({ length: 400 }, (_, i) => `export const row${i} = ${i * 7919};`).join('\n'),
};
const gz = (file: string) => gzipSync(contents[file]!, { level: 9 }).length;

const page = (chunks: string[]) =>
  `<!doctype html><html><head>${chunks.map((file, i) => (i === 0 ? `<script type="module" src="/${file}"></script>` : `<link rel="modulepreload" href="/${file}">`)).join('')}</head>` +
  '<body><div id="root" data-prerendered-path="/"></div></body></html>';

const made: string[] = [];
function fakeBuild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-budget-types-'));
  made.push(dir);
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  for (const [file, text] of Object.entries(contents)) write(file, text);
  write('index.html', page(['assets/index-1.js', 'assets/TimelinePage-1.js']));
  write('zh/index.html', page(['assets/index-1.js', 'assets/TimelinePage-1.js']));
  write('organisations/a-small-one/index.html', page(['assets/index-1.js', 'assets/OrganisationPage-1.js']));
  write('organisations/the-big-one/index.html', page(['assets/index-1.js', 'assets/OrganisationPage-1.js', 'assets/WindowedTimeline-1.js']));
  // A folder without a page in it is not a page.
  fs.mkdirSync(path.join(dir, 'organisations', 'stray'));
  return dir;
}

afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('builtPagesByType', () => {
  it('finds each type’s pages: single pages by file, record pages by folder', () => {
    const pages = builtPagesByType(fakeBuild());
    expect([...pages.keys()]).toEqual([...budgetedPageTypes]);
    expect(pages.get('timeline /')).toEqual(['index.html']);
    expect(pages.get('timeline /zh/')).toEqual(['zh/index.html']);
    expect(pages.get('organisation')).toEqual(['organisations/a-small-one/index.html', 'organisations/the-big-one/index.html']);
    expect(pages.get('directory')).toEqual([]);
    expect(pages.get('event')).toEqual([]);
  });
});

describe('measurePageTypes', () => {
  it('measures every page of a type and reports the heaviest, leaving out types the build has no page of', () => {
    const measured = measurePageTypes(fakeBuild(), manifest);
    expect(measured.map((m) => m.type)).toEqual(['timeline /', 'timeline /zh/', 'organisation']);
    const organisation = measured.find((m) => m.type === 'organisation')!;
    expect(organisation.pages).toBe(2);
    expect(organisation.heaviest.label).toBe('/organisations/the-big-one/');
    expect(organisation.heaviest.total).toBe(gz('assets/index-1.js') + gz('assets/OrganisationPage-1.js') + gz('assets/WindowedTimeline-1.js'));
    expect(measured[0]!.heaviest).toMatchObject({ label: '/', total: gz('assets/index-1.js') + gz('assets/TimelinePage-1.js') });
  });
});

const sized = (type: BudgetedPageType, total: number): PageTypeSize => ({
  type,
  pages: 1,
  heaviest: { label: '/', html: 'index.html', chunks: [{ file: 'assets/a.js', gzip: total - 1_000 }, { file: 'assets/b.js', gzip: 1_000 }], total },
});
const budgets = Object.fromEntries(budgetedPageTypes.map((type) => [type, 120_000])) as Record<BudgetedPageType, number>;

describe('the budgets', () => {
  it('has a budget for every page type, none below the target', () => {
    for (const type of budgetedPageTypes) expect(pageTypeBudgets[type], type).toBeGreaterThanOrEqual(firstRenderTarget);
  });

  it('passes page types at or under their budget', () => {
    expect(budgetProblems([sized('timeline /', 120_000), sized('about', 90_000)], budgets)).toEqual([]);
  });

  it('fails each type over its budget, saying by how much and where the budget is set', () => {
    const problems = budgetProblems([sized('timeline /', 121_234), sized('about', 90_000), sized('map', 125_000)], budgets);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^timeline \/: \/ needs 121\.2 KB .* 1\.2 KB over its budget of 120\.0 KB \(pageTypeBudgets in src\/tools\/check\/bundleBudget\.ts\)/);
    expect(problems[1]).toMatch(/^map: .* 5\.0 KB over its budget/);
  });

  it('prints each type with its heaviest page, size, budget and the target, then the chunks asked for, largest first', () => {
    const report = formatReport([sized('timeline /', 121_000), sized('about', 90_000)], { budgets, target: 110_000, chunksOf: ['about'] });
    expect(report.split('\n')).toEqual([
      'page type   heaviest page  pages  chunks  JS (gzip)     budget     target',
      'timeline /  /                  1       2   121.0 KB   120.0 KB   110.0 KB  11.0 KB over target',
      'about       /                  1       2    90.0 KB   120.0 KB   110.0 KB  meets target',
      '',
      'about (/):',
      '    89.0 KB  assets/a.js',
      '     1.0 KB  assets/b.js',
    ]);
  });
});
