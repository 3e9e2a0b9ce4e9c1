/** One page of every kind the atlas has, as people link to them. */
export const pageTypes = [
  { name: 'timeline', path: '/' },
  { name: 'timeline, filtered', path: '/?country=FI&sector=healthcare' },
  { name: 'timeline, nothing matches', path: '/?country=FI&type=agreement&sector=agriculture-food&from=1981&to=1981' },
  { name: 'timeline, garbled link', path: '/?country=ZZZ&type=spaceship' },
  { name: 'directory', path: '/organisations' },
  { name: 'directory, filtered', path: '/organisations?country=SE' },
  { name: 'organisation', path: '/organisations/kone' },
  { name: 'event', path: '/events/chengdu-finland-dialogue-2025-12-04' },
  { name: 'delegation', path: '/delegations/sme2go-shandong-networking-trip' },
  { name: 'agreement', path: '/agreements/tegnology-tsinghua-sichuan-photovoltaic-preliminary-agreement-2024' },
  { name: 'sources', path: '/sources' },
  { name: 'source', path: '/sources/sme2go-shandong-trip' },
  { name: 'series', path: '/series/chengdu-europe-culture-season' },
  { name: 'record not found', path: '/events/chengdu-finland-dialog' },
  { name: 'page not found', path: '/no/such/page' },
] as const;
