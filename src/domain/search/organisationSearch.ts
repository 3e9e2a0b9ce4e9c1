/**
 * Finding organisations by any of their names (English, native script, aliases) for the
 * timeline's organisation picker. Summaries are left out on purpose: an organisation that
 * merely mentions "KONE" in its summary is not what someone typing "kone" is looking for.
 */
import { normaliseForSearch, searchTokens } from './text.ts';
import type { Organisation } from '../records/index.ts';

/** What finding an organisation reads of it: its names and aliases. */
type Named = Pick<Organisation, 'id' | 'name' | 'names' | 'aliases'>;

export interface OrganisationMatch<O extends Named = Organisation> {
  organisation: O;
  /** 0 = a name equals the query, 1 = a name starts with it, 2 = it occurs somewhere. */
  rank: number;
}

function namesOf(org: Named): string[] {
  return [org.name, ...Object.values(org.names), ...org.aliases].map(normaliseForSearch);
}

function rankOf(names: readonly string[], query: string, tokens: readonly string[]): number | null {
  if (names.some((n) => n === query)) return 0;
  if (names.some((n) => n.startsWith(query) || n.split(/[\s(]+/).some((word) => word.startsWith(query)))) return 1;
  const joined = names.join(' \u0000 ');
  return tokens.every((t) => joined.includes(t)) ? 2 : null;
}

/**
 * Organisations whose names contain every word of the query (case-, diacritic-insensitive;
 * Chinese by substring), best matches first, then by `weight` (e.g. number of records).
 */
export function findOrganisations<O extends Named>(
  organisations: readonly O[],
  query: string,
  weight: (id: string) => number = () => 0,
): OrganisationMatch<O>[] {
  const tokens = searchTokens(query);
  if (tokens.length === 0) return [];
  const normalised = tokens.join(' ');
  const matches: OrganisationMatch<O>[] = [];
  for (const organisation of organisations) {
    const rank = rankOf(namesOf(organisation), normalised, tokens);
    if (rank !== null) matches.push({ organisation, rank });
  }
  return matches.sort(
    (a, b) =>
      a.rank - b.rank ||
      weight(b.organisation.id) - weight(a.organisation.id) ||
      a.organisation.name.localeCompare(b.organisation.name),
  );
}
