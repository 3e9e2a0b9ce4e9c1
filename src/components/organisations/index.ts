/**
 * Organisations: links, lists and the directory list. Uses ui, and windowing for long lists (loaded on demand). Other folders import from this file only.
 */
export { OrganisationDirectoryList } from './OrganisationDirectoryList.tsx';
export { OrganisationLink } from './OrganisationLink.tsx';
export { OrganisationList } from './OrganisationList.tsx';
