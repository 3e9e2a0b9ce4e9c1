import { pageTypes } from './pageTypes.ts';

/**
 * Every page type in English and Chinese, with those pageTypes leaves out (the map, a country page, about),
 * and the embeds (English only): for the checks every page must pass (its Content-Security-Policy, the
 * scripts it loads before its first render).
 */
export const everyPage = [
  ...[...pageTypes, { name: 'map', path: '/map' }, { name: 'map, filtered', path: '/map?origin=FI&by=host' }, { name: 'country', path: '/countries/FI' }, { name: 'about', path: '/about' }].flatMap(
    ({ name, path }) => [
      { name, path },
      { name: `${name}, Chinese`, path: `/zh${path}` },
    ],
  ),
  { name: 'embedded timeline', path: '/embed' },
  { name: 'embedded organisation', path: '/embed/organisations/kone' },
];
