/**
 * What the atlas covers, counted from the data rather than typed: the About page (through the build's
 * data/coverage.json) and the home page's one-line scope read it, so neither can drift from the records.
 */
import { countryName, languageName, type Source } from '../records/index.ts';
import type { DatasetIndex } from './timelineRecord.ts';

export interface Coverage {
  articles: number;
  /** Language names of the articles, most articles first ("English", "Chinese", "Swedish"). */
  languages: string[];
  records: { events: number; delegations: number; agreements: number; total: number };
  organisations: number;
  /** The first and last year a record's date states; null when no record states one. */
  years: { first: number; last: number } | null;
  /** Records whose source does not state the year. */
  undated: number;
  /** Countries where records took place (venues, destinations, stops), by name, most records first. */
  placeCountries: string[];
  /** Cities where records took place, most records first. */
  placeCities: string[];
}

/** Names by how often they occur, then alphabetically; each once. */
function ranked(counts: Map<string, number>): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}

function bump(counts: Map<string, number>, key: string | null | undefined): void {
  if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** How countries and languages are named (English by default; a Chinese page passes its own words). */
export interface CoverageNames {
  country: (code: string) => string;
  language: (tag: string) => string;
}

export function datasetCoverage(index: DatasetIndex, names: CoverageNames = { country: countryName, language: languageName }): Coverage {
  const { raw } = index;
  const languages = new Map<string, number>();
  for (const source of raw.sources) {
    // Traditional and Simplified Chinese are one language to a reader choosing what to read.
    for (const name of new Set(source.languages.map((tag) => names.language(tag.split('-')[0]!)))) bump(languages, name);
  }
  const countries = new Map<string, number>();
  const cities = new Map<string, number>();
  for (const event of raw.events) {
    if (event.location.online) continue;
    bump(countries, event.location.country && names.country(event.location.country));
    bump(cities, event.location.city);
  }
  for (const delegation of raw.delegations) {
    const own = new Set<string>();
    const ownCities = new Set<string>();
    for (const place of [...delegation.to, ...delegation.stops]) {
      if (place.country) own.add(names.country(place.country));
      if (place.city) ownCities.add(place.city);
    }
    for (const name of own) bump(countries, name);
    for (const name of ownCities) bump(cities, name);
  }
  let first = Infinity;
  let last = -Infinity;
  let undated = 0;
  for (const record of index.records) {
    if (record.sortKey === null) {
      undated += 1;
      continue;
    }
    const year = Math.floor(record.sortKey / 10000);
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  return {
    articles: raw.sources.length,
    languages: ranked(languages),
    records: {
      events: raw.events.length,
      delegations: raw.delegations.length,
      agreements: raw.agreements.length,
      total: index.records.length,
    },
    organisations: raw.organisations.length,
    years: Number.isFinite(first) ? { first, last } : null,
    undated,
    placeCountries: ranked(countries),
    placeCities: ranked(cities),
  };
}

/** "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

// Grouped by thousands as everywhere else ("100,000 records"); 'en' is fixed, so Node and the browser agree.
const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The scope in one sentence: "70 records from 5 articles in English, Chinese and Swedish, dated 2019–2025, in 6 countries." */
export function scopeSentence(coverage: Coverage): string {
  const { years } = coverage;
  const span = years === null ? '' : years.first === years.last ? `, dated ${years.first}` : `, dated ${years.first}–${years.last}`;
  const where = coverage.placeCountries.length > 0 ? `, held in ${plural(coverage.placeCountries.length, 'country', 'countries')}` : '';
  return `${plural(coverage.records.total, 'record', 'records')} from ${plural(coverage.articles, 'article', 'articles')} in ${listInWords(coverage.languages)}${span}${where}.`;
}

/** What the About page lists of each article: enough to link it and say what it is, not its text or summary. */
export interface CoverageSource {
  id: Source['id'];
  title: Source['title'];
  kind: Source['kind'];
  outlet: Source['outlet'];
  languages: Source['languages'];
  published: { date: Source['published']['date'] };
}

/**
 * `data/coverage.json`, written by the build: the coverage with countries as codes, languages as tags
 * and cities in our English (each page names them in its own language), and the articles. The About page
 * loads this rather than the whole corpus.
 */
export interface CoverageFile {
  coverage: Coverage;
  sources: CoverageSource[];
}

const asCodes: CoverageNames = { country: (code) => code, language: (tag) => tag };

export function coverageFile(index: DatasetIndex): CoverageFile {
  return {
    coverage: datasetCoverage(index, asCodes),
    sources: index.raw.sources.map(({ id, title, kind, outlet, languages, published }) => ({ id, title, kind, outlet, languages, published: { date: published.date } })),
  };
}
