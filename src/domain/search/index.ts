/**
 * Text search: normalisation, the word vocabulary, the search index, organisation search and not-found
 * suggestions. Uses records and structures. Other folders import from this file only.
 */
export { findOrganisations } from './organisationSearch.ts';
export { fieldSeparator, SearchIndexBuilder } from './searchIndex.ts';
export type { SearchDocument, SearchIndex } from './searchIndex.ts';
export { suggestClosest } from './suggest.ts';
export type { Candidate } from './suggest.ts';
export { matchesTokens, normaliseForSearch, searchTokens } from './text.ts';
export { Vocabulary } from './vocabulary.ts';
