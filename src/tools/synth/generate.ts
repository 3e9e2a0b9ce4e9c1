/**
 * Builds a synthetic dataset shaped like `data/`: organisations, people, events, delegations,
 * agreements and the source articles their evidence quotes are cut from. Pure and deterministic:
 * the same options always give the same records and texts.
 */
import { agreementStatuses, eventKinds, organisationKinds, participantRoles } from '../../domain/records/index.ts';
import { glossKey, isNonEnglishQuote } from '../../domain/sources/index.ts';
import type {
  Agreement,
  AgreementStatus,
  Delegation,
  EventKind,
  Evidence,
  Figure,
  Gloss,
  GlossBasis,
  Organisation,
  OrganisationKind,
  ParticipantRole,
  Person,
  RawDataset,
  Sector,
  Series,
  Source,
  SourceKind,
  TradeEvent,
} from '../../domain/records/index.ts';
import { generateDate, isoDay, daysInMonth, stopDate, yearPicker } from './dates.ts';
import {
  agreementSentence,
  delegationSentence,
  eventSentence,
  fillers,
  isChinese,
  langLabel,
  nameIn,
  organisationSentence,
  personSentence,
  type Named,
  type TextLang,
} from './language.ts';
import { countryNameIn, IdRegistry, nameOrganisation, namePerson } from './names.ts';
import { Rng, weightedPicker, zipfPicker, type WeightedPicker } from './prng.ts';
import { countries, outlets, personTitles, seriesWords, wordsForSector, type City, type CountryInfo, type SectorWords } from './vocab.ts';

export interface SynthOptions {
  /** Timeline records: events + delegations + agreements (about 60/15/25 %). */
  records: number;
  seed: number;
  /** The sector list (normally a copy of data/sectors.json). */
  sectors: Sector[];
}

export interface SynthDataset {
  dataset: RawDataset;
  /** Source id → article text. */
  sourceTexts: Map<string, string>;
}

/** How many of each file a run produces. */
export function plannedCounts(records: number) {
  const events = Math.round(records * 0.6);
  const delegations = Math.round(records * 0.15);
  return {
    events,
    delegations,
    agreements: records - events - delegations,
    organisations: Math.max(50, Math.round(records / 10)),
    people: Math.max(20, Math.round(records / 20)),
    sources: Math.max(5, Math.round(records / 50)),
  };
}

interface SourcePlan {
  id: string;
  country: CountryInfo;
  city: City;
  langs: TextLang[];
  date: string | null;
  outlet: string | null;
  sentences: string[];
  titles: string[];
  originalTitle: string | null;
  publisher: string | null;
}

interface OrgInfo extends Named {
  org: Organisation;
  country: CountryInfo | null;
  city: City | null;
}

const kindPicker = weightedPicker<OrganisationKind>(organisationKinds, organisationKinds.map((k) => ({
  company: 45, 'government-body': 9, 'city-or-region': 4, country: 1, 'embassy-or-consulate': 2, university: 7, school: 2,
  'research-institute': 6, association: 6, programme: 2, hospital: 4, 'zone-or-park': 5, 'museum-or-venue': 3, media: 2, other: 2,
})[k]));

const eventKindPicker = weightedPicker<EventKind>(eventKinds, eventKinds.map((k) => ({
  conference: 12, 'matchmaking-session': 12, roadshow: 6, 'site-visit': 14, signing: 8, unveiling: 4, 'online-conference': 5,
  forum: 10, meeting: 16, exhibition: 5, 'cultural-event': 4, competition: 2, other: 2,
})[k]));

const rolePicker = weightedPicker<ParticipantRole>(participantRoles, participantRoles.map((r) => ({
  host: 4, 'co-host': 4, organiser: 4, participant: 40, presenter: 10, visited: 6, visitor: 6, speaker: 8, matched: 14, venue: 2,
})[r]));

const agreementStatusPicker = weightedPicker<AgreementStatus>(agreementStatuses, agreementStatuses.map((s) => ({
  signed: 25, memorandum: 20, preliminary: 10, planned: 15, 'in-discussion': 15, potential: 15,
})[s]));

const countryPicker = weightedPicker(countries, countries.map((c) => c.weight));

const kindNoun: Record<EventKind, { en: string; zh: string }> = {
  conference: { en: 'Conference', zh: '大会' },
  'matchmaking-session': { en: 'Matchmaking Session', zh: '对接会' },
  roadshow: { en: 'Roadshow', zh: '路演' },
  'site-visit': { en: 'Site Visit', zh: '考察' },
  signing: { en: 'Signing Ceremony', zh: '签约仪式' },
  unveiling: { en: 'Unveiling Ceremony', zh: '揭牌仪式' },
  'online-conference': { en: 'Online Conference', zh: '线上会议' },
  forum: { en: 'Forum', zh: '论坛' },
  meeting: { en: 'Exchange Meeting', zh: '交流会' },
  exhibition: { en: 'Expo', zh: '博览会' },
  'cultural-event': { en: 'Culture Week', zh: '文化周' },
  competition: { en: 'Innovation Competition', zh: '创新大赛' },
  other: { en: 'Exchange', zh: '交流活动' },
};

const provinces: Record<string, string> = {
  Chengdu: 'Sichuan', Wuhan: 'Hubei', Hangzhou: 'Zhejiang', Qingdao: 'Shandong', Jinan: 'Shandong', "Xi'an": 'Shaanxi',
  Suzhou: 'Jiangsu', Guangzhou: 'Guangdong', Shenzhen: 'Guangdong', Harbin: 'Heilongjiang', Kunming: 'Yunnan',
  Espoo: 'Uusimaa', Helsinki: 'Uusimaa', Västerås: 'Västmanland', Uppsala: 'Uppsala County', Munich: 'Bavaria', Nuremberg: 'Bavaria',
};

const figureCounts = ['enterprises', 'participants', 'projects', 'Finnish enterprises', 'Swedish companies', 'Chengdu enterprises', 'representatives', 'institutions'];
const qualifiers: Figure['qualifier'][] = ['exactly', 'more-than', 'at-least', 'about', 'nearly'];
const unnamedMemberPhrases = ['More than 30 enterprises', 'Other enterprises (等企業)', 'Representatives of several universities', 'About 20 small and medium-sized companies', 'Member companies of the chamber (unnamed)'];
const unnamedPartyPhrases = ['one of the six companies', 'several Finnish enterprises', 'a Swedish research institute', 'two local enterprises', 'partners the text does not name'];
const personRoles = ['Delivered a speech', 'Signed on behalf of the organisation', 'Presented the project', 'Participant', 'Moderated the session', 'Quoted in the article'];

export function generateDataset(options: SynthOptions): SynthDataset {
  const { records, seed, sectors } = options;
  if (!Number.isInteger(records) || records < 1) throw new Error('records must be a positive integer');
  if (sectors.length === 0) throw new Error('at least one sector is needed');
  const rng = new Rng(seed);
  const counts = plannedCounts(records);
  const sectorIds = sectors.map((s) => s.id);
  const wordsFor = (id: string): SectorWords => wordsForSector(id, sectors.find((s) => s.id === id)?.label ?? id);
  // Trade promotion and the big industries dominate, the rest is a tail.
  const sectorPicker = weightedPicker(sectorIds, sectorIds.map((id, i) => (id === 'trade-investment' ? 6 : 1 + 3 / (i + 1))));
  const pickSectors = (max = 3): string[] => {
    const n = Math.min(max, 1 + rng.skewedInt(0, max - 1, 0.7));
    return [...new Set(Array.from({ length: n }, () => sectorPicker.pick(rng)))];
  };
  const otherCountry = (not: CountryInfo): CountryInfo => {
    for (let i = 0; i < 10; i += 1) {
      const c = countryPicker.pick(rng);
      if (c.code !== not.code) return c;
    }
    return countries.find((c) => c.code !== not.code)!;
  };

  // ---- Sources (texts are filled as records quote them) ----
  const sourceIds = new IdRegistry('source');
  const sources: SourcePlan[] = [];
  const sourcesByYear = new Map<number, SourcePlan[]>();
  for (let i = 0; i < counts.sources; i += 1) {
    const country = countryPicker.pick(rng);
    const city = rng.pick(country.cities);
    const langs = sourceLanguages(rng, country);
    const year = yearPicker.pick(rng);
    const month = rng.int(1, 12);
    const r = rng.next();
    const date = r < 0.6 ? isoDay(year, month, rng.int(1, daysInMonth(month, year))) : r < 0.8 ? `${year}-${String(month).padStart(2, '0')}` : null;
    const outlet = rng.chance(0.9) ? rng.pick(outlets) : null;
    const plan: SourcePlan = {
      id: sourceIds.make(`${outlet ?? 'report'} ${city.en} ${year} ${wordsFor(sectorPicker.pick(rng)).short}`),
      country, city, langs, date, outlet, sentences: [], titles: [], originalTitle: null, publisher: null,
    };
    sources.push(plan);
    const list = sourcesByYear.get(year) ?? [];
    list.push(plan);
    sourcesByYear.set(year, list);
  }
  /** Records mostly come from an article of their year (or the next one). */
  const sourceFor = (year: number | null): SourcePlan => {
    if (year !== null && rng.chance(0.9)) {
      const list = sourcesByYear.get(year) ?? sourcesByYear.get(year + 1);
      if (list) return rng.pick(list);
    }
    return rng.pick(sources);
  };

  const glosses: Gloss[] = [];
  const glossed = new Set<string>();
  /** A gloss for a quote that is not English (each quote once): the article's English sentence, or ours. */
  const glossQuote = (source: SourcePlan, quote: string, gloss: string, basis: GlossBasis) => {
    const key = glossKey(source.id, quote);
    if (glossed.has(key) || !isNonEnglishQuote(quote, source.langs)) return;
    glossed.add(key);
    glosses.push({ source: source.id, quote, gloss, basis });
  };
  /** The quote and the sentence it was cut from, as written into the article. */
  const cite = (source: SourcePlan, sentence: string, lang: TextLang, note?: string): { evidence: Evidence; text: string } => {
    const text = quirk(rng, sentence, lang);
    source.sentences.push(text);
    let quote = text;
    // Sometimes only a clause is quoted: still verbatim.
    if (rng.chance(0.2)) {
      const cut = text.search(/[,，、]/);
      if (cut >= 12) quote = text.slice(0, cut);
    }
    return { evidence: { source: source.id, quote, ...(note ? { note } : {}) }, text };
  };
  /**
   * One quote in the source's main language, plus the English version of a bilingual article.
   * A quote not in English gets a gloss: the English version's sentence when the article has one, else
   * the English template (our translation), which is also what glosses an English sentence naming someone in Chinese.
   */
  const citeAll = (source: SourcePlan, write: (lang: TextLang) => string): Evidence[] => {
    const [primary, ...rest] = source.langs;
    const english = write('en');
    const main = cite(source, write(primary!), primary!);
    const evidence = [main.evidence];
    if (rest.includes('en')) {
      const parallel = cite(source, english, 'en');
      evidence.push(parallel.evidence);
      glossQuote(source, main.evidence.quote, parallel.text, 'parallel-text');
      glossQuote(source, parallel.evidence.quote, english, 'our-translation');
    } else {
      if (primary !== 'en' && rng.chance(0.1)) evidence[0]!.note = `${langLabel[primary!]} text only.`;
      glossQuote(source, main.evidence.quote, english, 'our-translation');
    }
    return evidence;
  };

  // ---- Organisations ----
  const orgIds = new IdRegistry('organisation');
  const orgNames = new Set<string>();
  const countryOrgDone = new Set<string>();
  const orgInfos: OrgInfo[] = [];
  const orgsByCountry = new Map<string, OrgInfo[]>();
  for (let i = 0; i < counts.organisations; i += 1) {
    const country = rng.chance(0.03) ? null : countryPicker.pick(rng);
    let kind = kindPicker.pick(rng);
    if (kind === 'country' && (country === null || countryOrgDone.has(country.code))) kind = 'government-body';
    if (kind === 'country') countryOrgDone.add(country!.code);
    const orgSectors = kind === 'country' || kind === 'city-or-region' ? pickSectors(2).slice(0, rng.int(0, 1)) : pickSectors(3);
    const words = wordsFor(orgSectors[0] ?? sectorPicker.pick(rng));
    const host = country && kind === 'embassy-or-consulate' ? otherCountry(country) : null;
    let naming = nameOrganisation(rng, country, kind, words, host);
    for (let attempt = 0; orgNames.has(naming.name) && attempt < 12; attempt += 1) {
      naming = nameOrganisation(rng, country, kind, wordsFor(sectorPicker.pick(rng)), host);
    }
    if (orgNames.has(naming.name)) {
      const base = naming.name;
      for (let n = 2; orgNames.has(naming.name); n += 1) naming = { ...naming, name: `${base} (${naming.city?.en ?? 'Branch'} ${n})` };
    }
    orgNames.add(naming.name);
    const inferred = country !== null && rng.chance(0.4);
    const sameCountry = country ? orgsByCountry.get(country.code) : undefined;
    const parent = sameCountry && sameCountry.length > 0 && kind !== 'country' && rng.chance(0.05) ? rng.pick(sameCountry.slice(-50)).org.id : undefined;
    const place = naming.city ? naming.city.en : country ? countryNameIn('en', country.code) : null;
    const org: Organisation = {
      id: orgIds.make(naming.name),
      name: naming.name,
      names: naming.names,
      aliases: naming.aliases,
      nameBasis: 'printed',
      country: country?.code ?? null,
      countryInferred: inferred,
      kind,
      sectors: orgSectors,
      ...(parent ? { parent } : {}),
      summary: `${kindLabel(kind)[0]!.toUpperCase()}${kindLabel(kind).slice(1)}${place ? ` in ${place}` : ''}${orgSectors.length ? `, active in ${orgSectors.map((s) => wordsFor(s).short).join(', ')}` : ''}.`,
      evidence: [],
    };
    const info: OrgInfo = { org, name: org.name, names: org.names, ...(naming.zh ? { zh: naming.zh } : {}), country, city: naming.city };
    orgInfos.push(info);
    if (country) {
      const list = orgsByCountry.get(country.code) ?? [];
      list.push(info);
      orgsByCountry.set(country.code, list);
    }
  }
  const globalOrgPicker = zipfPicker(orgInfos, 0.7);
  const countryOrgPickers = new Map<string, WeightedPicker<OrgInfo>>();
  for (const [code, list] of orgsByCountry) countryOrgPickers.set(code, zipfPicker(list, 0.8));
  const orgFirstSource = new Map<string, SourcePlan>();

  const pickOrgs = (count: number, around: CountryInfo[]): OrgInfo[] => {
    const chosen = new Map<string, OrgInfo>();
    for (let attempt = 0; chosen.size < count && attempt < count * 4; attempt += 1) {
      const r = rng.next();
      const country = r < 0.9 && around.length > 0 ? around[r < 0.5 ? 0 : Math.min(1, around.length - 1)]! : null;
      const picker = (country && countryOrgPickers.get(country.code)) || globalOrgPicker;
      const info = picker.pick(rng);
      chosen.set(info.org.id, info);
    }
    return [...chosen.values()];
  };
  const mention = (infos: OrgInfo[], source: SourcePlan) => {
    for (const info of infos) if (!orgFirstSource.has(info.org.id)) orgFirstSource.set(info.org.id, source);
  };

  // ---- People ----
  const personIds = new IdRegistry('person');
  const peopleInfos: Array<{ person: Person; org: OrgInfo | null; title: string }> = [];
  const peopleByOrg = new Map<string, Person[]>();
  for (let i = 0; i < counts.people; i += 1) {
    const org = rng.chance(0.85) ? globalOrgPicker.pick(rng) : null;
    const country = org?.country ?? countryPicker.pick(rng);
    const naming = namePerson(rng, country);
    const title = rng.pick(personTitles);
    const person: Person = {
      id: personIds.make(naming.transliteration ?? naming.name),
      name: naming.name,
      names: naming.names,
      ...(naming.transliteration ? { transliteration: naming.transliteration } : {}),
      organisation: org?.org.id ?? null,
      role: rng.chance(0.85) ? (org ? `${title}, ${org.name}` : title) : null,
      ...(rng.chance(0.5) ? { summary: `${title}${org ? ` at ${org.name}` : ''}.` } : {}),
      evidence: [],
    };
    peopleInfos.push({ person, org, title });
    if (org) {
      const list = peopleByOrg.get(org.org.id) ?? [];
      list.push(person);
      peopleByOrg.set(org.org.id, list);
    }
  }
  const personFirstSource = new Map<string, SourcePlan>();

  const figures = (chance: number): Figure[] =>
    rng.chance(chance)
      ? [{ value: rng.skewedInt(2, 500, 25), qualifier: rng.pick(qualifiers), counts: rng.pick(figureCounts) }]
      : [];

  // ---- Events ----
  const eventIds = new IdRegistry('event');
  const events: TradeEvent[] = [];
  const seriesPool = Array.from({ length: Math.max(3, Math.round(counts.events / 300)) }, () => {
    const country = countryPicker.pick(rng);
    const city = rng.pick(country.cities);
    const partner = rng.chance(0.5) ? rng.pick(['Europe', 'Nordic', 'Asia', 'Baltic']) : countryNameIn('en', otherCountry(country).code);
    return { name: `${city.en}–${partner} ${rng.pick(seriesWords)}`, country, city, id: '', evidence: [] as TradeEvent['evidence'] };
  });
  const seriesIds = new IdRegistry('series');
  // One edition per date and series (the validator rejects two editions on one date).
  const editionDates = new Map<(typeof seriesPool)[number], Set<string>>();
  for (let i = 0; i < counts.events; i += 1) {
    const seriesDrawn = rng.chance(0.12) ? rng.pick(seriesPool) : null;
    const hostCountry = seriesDrawn?.country ?? countryPicker.pick(rng);
    const guest = rng.chance(0.85) ? otherCountry(hostCountry) : hostCountry;
    const city = seriesDrawn?.city ?? rng.pick(hostCountry.cities);
    const kind: EventKind = seriesDrawn ? rng.pick(['conference', 'forum', 'matchmaking-session', 'exhibition'] as const) : eventKindPicker.pick(rng);
    const online = kind === 'online-conference' || rng.chance(0.03);
    const { date, year } = generateDate(rng);
    const datesTaken = seriesDrawn && date.start !== null ? (editionDates.get(seriesDrawn) ?? editionDates.set(seriesDrawn, new Set()).get(seriesDrawn)!) : null;
    const series = datesTaken?.has(date.start!) ? null : seriesDrawn;
    datesTaken?.add(date.start!);
    const status = rng.chance(0.12) ? 'planned' : 'took-place';
    const eventSectors = pickSectors();
    const words = wordsFor(eventSectors[0]!);
    const size = rng.chance(0.9) ? rng.skewedInt(1, 30, 2.2) : rng.int(8, 30);
    const orgs = pickOrgs(size, [hostCountry, guest]);
    const participants = orgs.map((info, index) => {
      let role: ParticipantRole = rolePicker.pick(rng);
      if (index === 0) role = kind === 'site-visit' ? 'visitor' : 'host';
      else if (index === 1 && kind === 'site-visit') role = 'visited';
      return { organisation: info.org.id, role, ...(rng.chance(0.05) ? { note: 'Named in the Chinese text only.' } : {}) };
    });
    // An organisation with two roles is listed twice.
    if (orgs.length > 2 && orgs.length < 30 && rng.chance(0.05)) participants.push({ organisation: orgs[1]!.org.id, role: 'speaker' });

    const guestName = countryNameIn('en', guest.code);
    let title: string;
    if (series) title = year !== null ? `${series.name} ${year}` : series.name;
    else if (kind === 'site-visit' && orgs.length > 1) title = `${orgs[0]!.name} visits ${orgs[1]!.name}`;
    else if (kind === 'signing') title = `${city.en} ${words.short} Cooperation Signing Ceremony`;
    else if (guest !== hostCountry) title = `${guestName}–${city.en} ${words.short} ${kindNoun[kind].en}`;
    else title = `${city.en} ${words.short} ${kindNoun[kind].en}`;

    const source = sourceFor(year);
    const primary = source.langs[0]!;
    const names: Record<string, string> = { en: title };
    let zhTitle: string | null = null;
    if (isChinese(primary)) {
      const v = primary === 'zh-Hans' ? 0 : 1;
      const place = city.zh?.[v] ?? countryNameIn(primary, hostCountry.code);
      const base = `${place}${v === 0 ? words.hans : words.hant}${kindNoun[kind].zh}`;
      zhTitle = v === 0 ? base : toHantTitle(base);
      names[primary] = zhTitle;
      if (!source.originalTitle) source.originalTitle = zhTitle;
    }
    const people = rng.chance(0.4)
      ? [...new Set(orgs.flatMap((o) => peopleByOrg.get(o.org.id) ?? []).slice(0, rng.int(1, 3)))].map((p) => ({ person: p.id, role: rng.pick(personRoles) }))
      : [];
    if (people.length === 0 && rng.chance(0.1)) people.push({ person: rng.pick(peopleInfos).person.id, role: rng.pick(personRoles) });
    for (const p of people) if (!personFirstSource.has(p.person)) personFirstSource.set(p.person, source);
    const partOf = i > 0 && rng.chance(0.04) ? events[Math.max(0, i - 1 - rng.int(0, 200))]?.id : undefined;
    const placeEn = online ? null : city.en;
    const count = rng.chance(0.15) ? rng.skewedInt(5, 300, 30) : undefined;
    const host = orgs[0]!;
    const evidence = citeAll(source, (lang) =>
      eventSentence(lang, {
        host: nameIn(lang, host),
        others: orgs.slice(1, 4).map((o) => nameIn(lang, o)),
        title: lang === 'en' || !zhTitle || !isChinese(lang) ? title : zhTitle,
        place: online ? null : placeIn(lang, hostCountry, city),
        date,
        planned: status === 'planned',
        ...(count ? { count } : {}),
      }),
    );
    mention(orgs, source);
    source.titles.push(title);
    if (!source.publisher && rng.chance(0.3)) source.publisher = host.name;
    const region = !online && rng.chance(0.4) ? provinces[city.en] ?? null : null;
    events.push({
      id: eventIds.make(`${title} ${date.start ?? ''}`),
      title,
      names,
      kind,
      status,
      date,
      location: {
        venue: online || !rng.chance(0.4) ? null : `${city.en} ${rng.pick(['International Convention Centre', 'Science Park Hall 1', 'Innovation Hub', 'City Hall'])}`,
        city: placeEn,
        region,
        country: online ? (rng.chance(0.5) ? hostCountry.code : null) : rng.chance(0.03) ? null : hostCountry.code,
        online,
      },
      participants,
      people,
      sectors: eventSectors,
      figures: count ? [{ value: count, qualifier: rng.pick(qualifiers), counts: 'enterprises' }] : figures(0.05),
      ...(series ? { series: series.id || (series.id = seriesIds.make(series.name)) } : {}),
      ...(partOf ? { partOf } : {}),
      summary: `${host.name} ${status === 'planned' ? 'plans to host' : 'hosted'} this ${kindNoun[kind].en.toLowerCase()} on ${words.short.toLowerCase()}${placeEn ? ` in ${placeEn}` : online ? ' online' : ''}; ${participants.length} organisation${participants.length === 1 ? ' is' : 's are'} named as taking part.`,
      evidence,
    });
    if (series && series.evidence.length === 0) series.evidence = evidence;
  }
  // Each series used by an edition, quoting its first edition's evidence.
  const seriesRecords: Series[] = seriesPool
    .filter((s) => s.id !== '')
    .map((s) => ({ id: s.id, title: s.name, names: { en: s.name }, nameBasis: 'printed', summary: `A recurring series held in ${s.city.en}.`, evidence: s.evidence }));

  // ---- Delegations ----
  const delegationIds = new IdRegistry('delegation');
  const delegations: Delegation[] = [];
  for (let i = 0; i < counts.delegations; i += 1) {
    const fromCountry = countryPicker.pick(rng);
    const fromCity = rng.chance(0.8) ? rng.pick(fromCountry.cities) : null;
    const toCountries = [...new Map(Array.from({ length: rng.chance(0.75) ? 1 : rng.chance(0.7) ? 2 : 3 }, () => otherCountry(fromCountry)).map((c) => [c.code, c])).values()];
    const { date, year } = generateDate(rng, { rangeChance: 0.3 });
    const status = rng.chance(0.15) ? 'planned' : 'took-place';
    const delegationSectors = pickSectors();
    const words = wordsFor(delegationSectors[0]!);
    const organisers = pickOrgs(rng.chance(0.25) ? 0 : rng.chance(0.8) ? 1 : 2, [fromCountry]);
    const members = pickOrgs(rng.skewedInt(0, 15, 3), [fromCountry, toCountries[0]!]);
    const id = delegationIds.make(`${fromCity?.en ?? countryNameIn('en', fromCountry.code)} ${words.short} delegation ${date.start ?? ''}`);
    const stops: Delegation['stops'] = [];
    const visited: OrgInfo[] = [];
    if (rng.chance(0.4)) {
      const n = rng.int(1, 5);
      for (let s = 0; s < n; s += 1) {
        const country = rng.pick(toCountries);
        const city = rng.pick(country.cities);
        const orgs = pickOrgs(rng.int(0, 3), [country]);
        visited.push(...orgs);
        const candidate = events.length > 0 && rng.chance(0.25) ? events[rng.int(0, events.length - 1)]! : undefined;
        const linked = candidate && candidate.delegation === undefined ? candidate : undefined;
        if (linked) linked.delegation = id;
        const when = stopDate(rng, date, s);
        stops.push({
          place: orgs.length > 0 && rng.chance(0.5) ? orgs[0]!.name : city.en,
          city: city.en,
          country: country.code,
          ...(when ? { date: when } : {}),
          organisations: orgs.map((o) => o.org.id),
          ...(linked ? { event: linked.id } : {}),
          ...(rng.chance(0.2) ? { note: 'The text does not give the order of the stops.' } : {}),
        });
      }
    }
    const fromName = fromCity?.en ?? countryNameIn('en', fromCountry.code);
    const toNames = toCountries.map((c) => countryNameIn('en', c.code));
    const title = rng.chance(0.05)
      ? `"Opening-${fromName}" Delegation to ${toNames.join(' and ')}`
      : `${fromName} ${words.short} Delegation to ${toNames.join(' and ')}`;
    const source = sourceFor(year);
    const primary = source.langs[0]!;
    const names: Record<string, string> = { en: title };
    if (isChinese(primary)) {
      const v = primary === 'zh-Hans' ? 0 : 1;
      const from = fromCity?.zh?.[v] ?? countryNameIn(primary, fromCountry.code);
      const zh = `${from}${v === 0 ? words.hans : words.hant}代表团赴${toCountries.map((c) => countryNameIn(primary, c.code)).join('、')}`;
      names[primary] = v === 0 ? zh : toHantTitle(zh);
    }
    const lead = organisers[0] ?? members[0] ?? null;
    const evidence = citeAll(source, (lang) =>
      delegationSentence(lang, {
        lead: lead ? nameIn(lang, lead) : null,
        from: fromCity ? placeIn(lang, fromCountry, fromCity) : countryNameIn(lang, fromCountry.code),
        to: toCountries.map((c) => countryNameIn(lang, c.code)),
        date,
        planned: status === 'planned',
        topic: isChinese(lang) ? (lang === 'zh-Hans' ? words.hans : words.hant) : lang === 'en' ? words.short : lang === 'ru' ? words.ru : lang === 'ar' ? words.ar : lang === 'ko' ? words.ko : lang === 'ja' ? words.ja : words.short,
        ...(members.length > 3 ? { members: members.length } : {}),
      }),
    );
    mention([...organisers, ...members, ...visited], source);
    source.titles.push(title);
    delegations.push({
      id,
      title,
      names,
      from: { country: fromCountry.code, city: fromCity?.en ?? null, ...(rng.chance(0.3) ? { region: fromCity ? provinces[fromCity.en] ?? null : null } : {}) },
      to: toCountries.map((c) => ({ country: c.code, city: rng.chance(0.7) ? rng.pick(c.cities).en : null, region: null })),
      date,
      organisers: organisers.map((o) => o.org.id),
      members: members.map((o) => o.org.id),
      ...(rng.chance(0.3) ? { unnamedMembers: rng.pick(unnamedMemberPhrases) } : {}),
      stops,
      purpose: `To explore cooperation in ${words.short.toLowerCase()} with partners in ${toNames.join(' and ')}.`,
      sectors: delegationSectors,
      status,
      figures: figures(0.2),
      summary: `A delegation from ${fromName}${lead ? ` led by ${lead.name}` : ''} ${status === 'planned' ? 'plans to visit' : 'visited'} ${toNames.join(' and ')}${stops.length ? `, with ${stops.length} stop${stops.length === 1 ? '' : 's'}` : ''}.`,
      evidence,
    });
  }

  // ---- Agreements ----
  const agreementIds = new IdRegistry('agreement');
  const agreements: Agreement[] = [];
  for (let i = 0; i < counts.agreements; i += 1) {
    const status = agreementStatusPicker.pick(rng);
    const event = events.length > 0 && rng.chance(0.35) ? events[rng.int(0, events.length - 1)]! : undefined;
    const generated = event && rng.chance(0.6) ? { date: event.date, year: event.date.start ? Number(event.date.start.slice(0, 4)) : null } : generateDate(rng, { rangeChance: 0.05 });
    const { date, year } = generated;
    const a = countryPicker.pick(rng);
    const b = otherCountry(a);
    const r = rng.next();
    const size = r < 0.1 ? 0 : r < 0.35 ? 1 : r < 0.85 ? 2 : r < 0.95 ? 3 : 4;
    const parties = pickOrgs(size, [a, b]);
    const unnamed = parties.length === 0 || rng.chance(0.1) ? rng.pick(unnamedPartyPhrases) : null;
    const agreementSectors = pickSectors(2);
    const words = wordsFor(agreementSectors[0]!);
    const who = parties.length === 0 ? unnamed![0]!.toUpperCase() + unnamed!.slice(1) : parties.length === 1 ? parties[0]!.name : `${parties[0]!.name} and ${parties[1]!.name}${parties.length > 2 ? ' and partners' : ''}`;
    const plural = parties.length !== 1;
    const title = {
      signed: `${who} sign${plural ? '' : 's'} ${words.short} cooperation agreement`,
      memorandum: `${who} sign${plural ? '' : 's'} MoU on ${words.short} cooperation`,
      preliminary: `${who} reach${plural ? '' : 'es'} preliminary agreement on ${words.short}`,
      planned: `${who} plan${plural ? '' : 's'} joint ${words.short} project`,
      'in-discussion': `${who} hold${plural ? '' : 's'} talks on ${words.short}`,
      potential: `${who} voice${plural ? '' : 's'} interest in ${words.short} cooperation`,
    }[status];
    const source = sourceFor(year);
    const evidence = citeAll(source, (lang) =>
      agreementSentence(lang, {
        parties: parties.map((p) => nameIn(lang, p)),
        unnamed,
        status,
        topic: isChinese(lang) ? (lang === 'zh-Hans' ? words.hans : words.hant) : lang === 'ru' ? words.ru : lang === 'ar' ? words.ar : lang === 'ko' ? words.ko : lang === 'ja' ? words.ja : words.en,
        date,
      }),
    );
    mention(parties, source);
    source.titles.push(title);
    agreements.push({
      id: agreementIds.make(`${title} ${date.start ?? ''}`),
      title,
      names: { en: title },
      parties: parties.map((p) => p.org.id),
      ...(unnamed ? { unnamedParties: unnamed } : {}),
      status,
      date,
      ...(event ? { event: event.id } : {}),
      sectors: agreementSectors,
      figures: figures(0.1),
      summary: `${title[0]!.toUpperCase()}${title.slice(1)}${event ? `, at "${event.title}"` : ''} (status: ${status}).`,
      evidence,
    });
  }

  // ---- Evidence for organisations and people, in the article that first names them ----
  for (const info of orgInfos) {
    const source = orgFirstSource.get(info.org.id) ?? rng.pick(sources);
    const place = info.city && info.country ? info.city : null;
    info.org.evidence = citeAll(source, (lang) =>
      organisationSentence(lang, nameIn(lang, info), kindLabel(info.org.kind), place && info.country ? placeIn(lang, info.country, place) : info.country ? countryNameIn(lang, info.country.code) : null),
    );
  }
  for (const { person, org } of peopleInfos) {
    const source = personFirstSource.get(person.id) ?? rng.pick(sources);
    person.evidence = citeAll(source, (lang) => {
      const name = isChinese(lang) ? person.names[lang] ?? person.names['zh-Hant'] ?? person.names['zh-Hans'] ?? person.name : lang !== 'en' && person.names[lang] ? person.names[lang]! : person.name;
      const role = isChinese(lang) ? (org ? nameIn(lang, org) : null) : person.role;
      return personSentence(lang, name, role);
    });
  }

  // ---- Source records and texts ----
  const sourceTexts = new Map<string, string>();
  const sourceRecords: Source[] = sources.map((plan) => {
    sourceTexts.set(plan.id, composeText(rng, plan));
    const first = plan.titles[0];
    const titleEn = first ? (plan.titles.length > 1 ? `${first}, and ${plan.titles.length - 1} more report${plan.titles.length > 2 ? 's' : ''}` : first) : `Trade news from ${plan.city.en}`;
    const primary = plan.langs[0]!;
    return {
      id: plan.id,
      file: `sources/${plan.id}.txt`,
      title: {
        en: titleEn,
        ...(plan.originalTitle ? { original: plan.originalTitle, originalLang: primary } : {}),
      },
      outlet: plan.outlet,
      ...sourceKind(plan.outlet),
      ...(plan.publisher !== null || rng.chance(0.5) ? { publisher: plan.publisher } : {}),
      published: {
        date: plan.date,
        basis: plan.date ? 'The dateline of the article.' : 'The article states no publication date.',
      },
      languages: plan.langs,
      summary: `A ${plan.langs.map((l) => langLabel[l]).join(' and ')} article from ${plan.city.en} naming ${plan.titles.length} trade-mission record${plan.titles.length === 1 ? '' : 's'}${first ? `, among them "${first}"` : ''}.`,
    };
  });

  return {
    dataset: {
      sectors: sectors.map((s) => ({ ...s })),
      sources: sourceRecords,
      organisations: orgInfos.map((i) => i.org),
      people: peopleInfos.map((p) => p.person),
      events,
      delegations,
      agreements,
      series: seriesRecords,
      glosses,
    },
    sourceTexts,
  };
}

/** The standing of a synthetic article, from its outlet's name alone. */
function sourceKind(outlet: string | null): { kind: SourceKind; kindBasis: string } {
  if (outlet === null) return { kind: 'not-stated', kindBasis: 'The text names no outlet.' };
  if (/newswire|presswire|business wire/i.test(outlet)) return { kind: 'press-release-wire', kindBasis: `The dateline names the wire "${outlet}".` };
  if (outlet === 'NetEase Hao' || outlet === 'Sohu') return { kind: 'platform-user-upload', kindBasis: `A closing notice says a user of ${outlet} posted it.` };
  return { kind: 'news-outlet', kindBasis: `The dateline names "${outlet}".` };
}

function kindLabel(kind: OrganisationKind): string {
  return {
    company: 'company', 'government-body': 'government body', 'city-or-region': 'city government', country: 'country',
    'embassy-or-consulate': 'diplomatic mission', university: 'university', school: 'school', 'research-institute': 'research institute',
    association: 'association', programme: 'programme', hospital: 'hospital', 'zone-or-park': 'industrial park',
    'museum-or-venue': 'venue', media: 'media outlet', other: 'organisation',
  }[kind];
}

/** Title text in simplified → traditional for the few characters titles use. */
function toHantTitle(text: string): string {
  const map: Record<string, string> = { 会: '會', 对: '對', 接: '接', 签: '簽', 约: '約', 仪: '儀', 线: '線', 议: '議', 论: '論', 坛: '壇', 览: '覽', 创: '創', 赛: '賽', 团: '團', 动: '動', 周: '週', 代: '代', 表: '表' };
  let out = '';
  for (const ch of text) out += map[ch] ?? ch;
  return out;
}

function placeIn(lang: TextLang, country: CountryInfo, city: City): string {
  if (isChinese(lang)) return city.zh?.[lang === 'zh-Hans' ? 0 : 1] ?? countryNameIn(lang, country.code);
  const script = { ru: 'cyrillic', ar: 'ar', ko: 'ko', ja: 'ja' }[lang as string];
  if (script) return city.native && country.script === script ? city.native : countryNameIn(lang, country.code);
  return city.native && country.lang === lang ? city.native : city.en;
}

/** The languages an article from this country is written in; main language first. */
function sourceLanguages(rng: Rng, country: CountryInfo): TextLang[] {
  let primary: TextLang = 'en';
  switch (country.script) {
    case 'zh-Hans': {
      const r = rng.next();
      primary = r < 0.45 ? 'zh-Hans' : r < 0.65 ? 'zh-Hant' : 'en';
      break;
    }
    case 'zh-Hant':
      primary = rng.chance(0.7) ? 'zh-Hant' : 'en';
      break;
    case 'sv':
      primary = rng.chance(0.35) ? 'sv' : 'en';
      break;
    case 'fi':
      primary = country.code === 'FI' && rng.chance(0.35) ? 'fi' : 'en';
      break;
    case 'de':
      primary = rng.chance(0.3) ? 'de' : 'en';
      break;
    case 'cyrillic':
      primary = rng.chance(0.5) ? 'ru' : 'en';
      break;
    case 'ar':
    case 'ko':
    case 'ja':
      primary = rng.chance(0.5) ? country.script : 'en';
      break;
    default:
      primary = 'en';
  }
  return primary !== 'en' && rng.chance(0.5) ? [primary, 'en'] : [primary];
}

/** The irregularities real texts have, kept verbatim in quotes: double spaces, stray spacing, pinyin residue. */
function quirk(rng: Rng, sentence: string, lang: TextLang): string {
  let text = sentence;
  if (rng.chance(0.03)) text = text.replace(' ', '  ');
  if (lang === 'en' && rng.chance(0.03)) text = text.replace(/"([^"]+)"/, '" $1 "');
  if (lang === 'zh-Hant' && rng.chance(0.1)) {
    text = text.replace('醫', '醫(yī)').replace('產', '產(chǎn)').replace('業', '業(yè)').replace('發', '發(fā)');
  }
  return text;
}

function composeText(rng: Rng, plan: SourcePlan): string {
  const primary = plan.langs[0]!;
  const cjk = isChinese(primary) || primary === 'ja' || primary === 'ko';
  const dateline = plan.date ?? 'undated';
  const header = cjk
    ? `${plan.originalTitle ?? plan.titles[0] ?? plan.city.en}\n${plan.outlet ?? ''} ${dateline}`.trim()
    : `${plan.city.en.toUpperCase()}, ${dateline} /${plan.outlet ?? 'Staff report'}/ -- ${plan.titles[0] ?? 'Trade news'}`;
  const fillerLang = (): TextLang => (cjk || !plan.langs.includes('en') || rng.chance(0.5) ? primary : 'en');
  // Chinese and Japanese sentences follow each other without a space; everything else gets one.
  const join = (sentences: string[]) =>
    sentences.reduce((text, s) => (text === '' ? s : /[。！？」]$/.test(text) && !/^[A-Za-z"“]/.test(s) ? text + s : `${text} ${s}`), '');
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const sentence of plan.sentences) {
    current.push(sentence);
    if (current.length >= 4 && rng.chance(0.4)) {
      current.splice(rng.int(0, current.length), 0, rng.pick(fillers[fillerLang()]));
      paragraphs.push(join(current));
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(join(current));
  if (paragraphs.length === 0) paragraphs.push(rng.pick(fillers[primary]));
  return `${header}\n\n${paragraphs.join('\n\n')}\n`;
}
