/** Names for synthetic organisations and people, in the script of their country. */
import type { OrganisationKind } from '../../domain/records/index.ts';
import type { Rng } from './prng.ts';
import {
  chineseGivenNames,
  chineseNumerals,
  chineseStems,
  chineseSurnames,
  departments,
  latinPeople,
  latinStems,
  nativePeople,
  nativeStems,
  type City,
  type CountryInfo,
  type SectorWords,
} from './vocab.ts';

const displayNames = new Map<string, Intl.DisplayNames>();
const countryNames = new Map<string, string>();

/** A country's name in a language, from the platform's ICU data (e.g. FI in zh-Hant → 芬蘭). Cached: ICU look-ups are slow. */
export function countryNameIn(lang: string, code: string): string {
  const key = `${lang}:${code}`;
  let name = countryNames.get(key);
  if (name === undefined) {
    let names = displayNames.get(lang);
    if (!names) {
      names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
      displayNames.set(lang, names);
    }
    name = names.of(code) ?? code;
    countryNames.set(key, name);
  }
  return name;
}

/** Lowercase slug from any text: diacritics folded, other scripts dropped. */
export function slugify(text: string): string {
  // Fast path: plain ASCII needs no Unicode folding (most ids at scale).
  const ascii = /^[\x20-\x7e]*$/.test(text);
  if (ascii) return text.toLowerCase().replace(/'/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđðþı]/g, (ch) => ({ ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' })[ch] ?? ch)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Hands out unique slugs: the slug of the base text, then -2, -3… on collision. */
export class IdRegistry {
  private readonly used = new Set<string>();

  constructor(private readonly fallback: string) {}

  make(base: string, maxLength = 72): string {
    let slug = slugify(base);
    if (slug.length > maxLength) slug = slug.slice(0, maxLength).replace(/-[^-]*$/, '');
    if (slug === '') slug = this.fallback;
    let id = slug;
    for (let n = 2; this.used.has(id); n += 1) id = `${slug}-${n}`;
    this.used.add(id);
    return id;
  }

  get size(): number {
    return this.used.size;
  }
}

export interface OrgNaming {
  name: string;
  names: Record<string, string>;
  aliases: string[];
  /** Chinese forms (simplified, traditional) for Chinese-named organisations. */
  zh?: readonly [string, string];
  city: City | null;
}

/** Which of the Chinese forms go into `names` (sources are mixed: mainland 简体, NetEase/HK/TW 繁體). */
function chineseNames(rng: Rng, country: CountryInfo, zh: readonly [string, string]): Record<string, string> {
  if (country.script === 'zh-Hant') return { 'zh-Hant': zh[1] };
  const hans = rng.chance(0.7);
  const hant = !hans || rng.chance(0.5);
  return { ...(hans ? { 'zh-Hans': zh[0] } : {}), ...(hant ? { 'zh-Hant': zh[1] } : {}) };
}

function acronym(name: string): string | null {
  const letters = name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !['Co.,', 'Ltd.', 'Ltd', 'Inc.', 'AB', 'Oy', 'GmbH', 'AG', 'AS'].includes(w))
    .map((w) => w[0]);
  return letters.length >= 3 ? letters.join('').toUpperCase() : null;
}

const universityIn: Record<string, (city: string) => string> = {
  sv: (c) => `${c}s universitet`,
  fi: (c) => `${c} yliopisto`,
  de: (c) => `Universität ${c}`,
  fr: (c) => `Université de ${c}`,
  es: (c) => `Universidad de ${c}`,
  it: (c) => `Università di ${c}`,
  pl: (c) => `Uniwersytet ${c}`,
  pt: (c) => `Universidade de ${c}`,
  cs: (c) => `Univerzita ${c}`,
  nb: (c) => `Universitetet i ${c}`,
  da: (c) => `${c} Universitet`,
  is: (c) => `Háskólinn í ${c}`,
};

const cityOrgIn: Record<string, (city: string) => string> = {
  sv: (c) => `${c} stad`,
  fi: (c) => `${c} kaupunki`,
  de: (c) => `Stadt ${c}`,
  nb: (c) => `${c} kommune`,
  da: (c) => `${c} Kommune`,
  fr: (c) => `Ville de ${c}`,
  es: (c) => `Ayuntamiento de ${c}`,
};

const parkIn: Record<string, (city: string) => string> = {
  sv: (c) => `${c} vetenskapspark`,
  fi: (c) => `${c} tiedepuisto`,
  de: (c) => `Technologiepark ${c}`,
};

/** An English name plus native forms for the organisation's kind, country and sector. */
export function nameOrganisation(
  rng: Rng,
  country: CountryInfo | null,
  kind: OrganisationKind,
  words: SectorWords,
  hostCountry: CountryInfo | null,
): OrgNaming {
  if (country === null) {
    const stem = rng.pick(latinStems.en);
    const name = kind === 'company' ? `${stem} ${words.en} Group` : `${stem} ${words.en} ${kind === 'association' ? 'Alliance' : 'Network'}`;
    return { name, names: {}, aliases: [], city: null };
  }
  const city = rng.pick(country.cities);
  const cityNative = city.native ?? city.en;

  if (kind === 'country') {
    const name = countryNameIn('en', country.code);
    const native = countryNameIn(country.lang, country.code);
    const zh: [string, string] = [countryNameIn('zh-Hans', country.code), countryNameIn('zh-Hant', country.code)];
    return { name, names: native !== name ? { [country.lang]: native } : {}, aliases: [], zh, city: null };
  }
  if (kind === 'embassy-or-consulate' && hostCountry && hostCountry.code !== country.code) {
    const from = countryNameIn('en', country.code);
    const to = countryNameIn('en', hostCountry.code);
    const hostCity = rng.pick(hostCountry.cities);
    const consulate = rng.chance(0.35);
    const name = consulate ? `Consulate General of ${from} in ${hostCity.en}` : `Embassy of ${from} in ${to}`;
    const names: Record<string, string> = {};
    let zh: [string, string] | undefined;
    if (hostCountry.code === 'CN' || country.code === 'CN') {
      const fromZh = [countryNameIn('zh-Hans', country.code), countryNameIn('zh-Hant', country.code)];
      const toZh = hostCountry.code === 'CN' ? ['华', '華'] : [countryNameIn('zh-Hans', hostCountry.code), countryNameIn('zh-Hant', hostCountry.code)];
      zh = consulate && hostCity.zh
        ? [`${fromZh[0]}驻${hostCity.zh[0]}总领事馆`, `${fromZh[1]}駐${hostCity.zh[1]}總領事館`]
        : [`${fromZh[0]}驻${toZh[0]}大使馆`, `${fromZh[1]}駐${toZh[1]}大使館`];
      names[rng.chance(0.5) ? 'zh-Hans' : 'zh-Hant'] = rng.chance(0.5) ? zh[0] : zh[1];
    }
    return { name, names, aliases: [], ...(zh ? { zh } : {}), city: hostCity };
  }

  switch (country.script) {
    case 'zh-Hans':
    case 'zh-Hant': {
      const cz = city.zh ?? [city.en, city.en];
      const [stemEn, stemHans, stemHant] = rng.pick(chineseStems);
      const both = (en: string, hans: string, hant: string): OrgNaming => {
        const zh = [hans, hant] as const;
        return { name: en, names: chineseNames(rng, country, zh), aliases: [], zh, city };
      };
      switch (kind) {
        case 'company': {
          const named = both(`${city.en} ${stemEn} ${words.en} ${country.suffix}`, `${cz[0]}${stemHans}${words.hans}有限公司`, `${cz[1]}${stemHant}${words.hant}有限公司`);
          if (rng.chance(0.3)) named.aliases.push(`${stemEn} ${words.en}`);
          if (rng.chance(0.2)) named.aliases.push(`${stemHans}${words.hans}`);
          return named;
        }
        case 'government-body': {
          const [dept, hans, hant] = rng.pick(departments);
          const en = dept === 'Foreign Affairs' ? `${city.en} Foreign Affairs Office` : `${city.en} Municipal Bureau of ${dept}`;
          return both(en, `${cz[0]}市${hans}`, `${cz[1]}市${hant}`);
        }
        case 'city-or-region':
          return both(`${city.en} Municipal People's Government`, `${cz[0]}市人民政府`, `${cz[1]}市人民政府`);
        case 'university':
          return both(`${city.en} University of ${words.en}`, `${cz[0]}${words.hans}大学`, `${cz[1]}${words.hant}大學`);
        case 'school': {
          const n = rng.int(1, 12);
          return both(`${city.en} No. ${n} Middle School`, `${cz[0]}第${chineseNumerals[n - 1]}中学`, `${cz[1]}第${chineseNumerals[n - 1]}中學`);
        }
        case 'research-institute':
          return both(`${city.en} ${stemEn} Institute of ${words.en}`, `${cz[0]}${stemHans}${words.hans}研究院`, `${cz[1]}${stemHant}${words.hant}研究院`);
        case 'association':
          return both(`${city.en} ${words.en} Industry Association`, `${cz[0]}${words.hans}行业协会`, `${cz[1]}${words.hant}行業協會`);
        case 'programme':
          return both(`${stemEn} ${words.en} Partners Programme`, `${stemHans}${words.hans}合作伙伴计划`, `${stemHant}${words.hant}合作夥伴計劃`);
        case 'hospital':
          return both(`${city.en} ${stemEn} Hospital`, `${cz[0]}${stemHans}医院`, `${cz[1]}${stemHant}醫院`);
        case 'zone-or-park':
          return both(`${city.en} ${words.en} Industrial Park`, `${cz[0]}${words.hans}产业园`, `${cz[1]}${words.hant}產業園`);
        case 'museum-or-venue':
          return both(`${city.en} ${stemEn} International Convention and Exhibition Centre`, `${cz[0]}${stemHans}国际会展中心`, `${cz[1]}${stemHant}國際會展中心`);
        case 'media':
          return both(`${city.en} ${stemEn} Daily`, `${cz[0]}${stemHans}日报`, `${cz[1]}${stemHant}日報`);
        default:
          return both(`${stemEn} ${words.en} Service Platform`, `${stemHans}${words.hans}服务平台`, `${stemHant}${words.hant}服務平臺`);
      }
    }
    case 'cyrillic':
    case 'ar':
    case 'ko':
    case 'ja': {
      const [stemEn, stemNative] = rng.pick(nativeStems[country.script]);
      const tag = country.lang;
      let native: string | null = null;
      let name: string;
      switch (kind) {
        case 'company': {
          name = `${stemEn} ${words.en} ${country.suffix}`;
          const form = { ru: 'ООО', uk: 'ТОВ', bg: 'ЕООД', mn: 'ХХК' }[tag] ?? 'ООО';
          native = {
            cyrillic: `${form} «${stemNative} ${words.ru}»`,
            ar: `شركة ${stemNative} ${words.ar}`,
            ko: `${stemNative}${words.ko} 주식회사`,
            ja: `${stemNative}${words.ja}株式会社`,
          }[country.script];
          break;
        }
        case 'university':
          name = `${city.en} ${stemEn} University`;
          native = { cyrillic: `Университет «${stemNative}»`, ar: `جامعة ${cityNative}`, ko: `${cityNative}${stemNative}대학교`, ja: `${cityNative}${stemNative}大学` }[country.script];
          if (country.script === 'ar') name = `${city.en} University`;
          break;
        case 'city-or-region':
          name = `${city.en} City Government`;
          native = { cyrillic: `Администрация города ${cityNative}`, ar: `بلدية ${cityNative}`, ko: `${cityNative}시`, ja: `${cityNative}市` }[country.script];
          break;
        default:
          name = latinKindName(rng, kind, stemEn, city, words, country);
      }
      const names: Record<string, string> = native ? { [tag]: native } : {};
      if (native && rng.chance(0.4)) names.en = name;
      return { name, names, aliases: [], city };
    }
    default: {
      const stem = rng.pick(latinStems[country.stems ?? 'en']);
      const lang = country.lang;
      const names: Record<string, string> = {};
      let name: string;
      if (kind === 'company') {
        name = rng.chance(0.3) ? `${stem} ${country.suffix}` : `${stem} ${words.en} ${country.suffix}`;
      } else if (kind === 'university' && universityIn[lang]) {
        name = rng.chance(0.5) ? `University of ${city.en}` : `${city.en} University of Applied Sciences`;
        if (name.startsWith('University of')) names[lang] = universityIn[lang]!(cityNative);
      } else if (kind === 'city-or-region' && cityOrgIn[lang]) {
        name = `City of ${city.en}`;
        names[lang] = cityOrgIn[lang]!(cityNative);
      } else if (kind === 'zone-or-park' && parkIn[lang] && rng.chance(0.5)) {
        name = `${city.en} Science Park`;
        names[lang] = parkIn[lang]!(cityNative);
      } else {
        name = latinKindName(rng, kind, stem, city, words, country);
      }
      const aliases: string[] = [];
      const short = rng.chance(0.25) ? acronym(name) : null;
      if (short) aliases.push(short);
      return { name, names, aliases, city };
    }
  }
}

function latinKindName(rng: Rng, kind: OrganisationKind, stem: string, city: City, words: SectorWords, country: CountryInfo): string {
  const countryName = countryNameIn('en', country.code);
  switch (kind) {
    case 'government-body':
      return rng.chance(0.4) ? `${countryName} Ministry of ${rng.pick(departments)[0]}` : `${city.en} ${rng.pick(['Business Agency', 'Trade Office', 'Development Agency', 'Investment Office'])}`;
    case 'city-or-region':
      return rng.chance(0.5) ? `City of ${city.en}` : `${city.en} Region`;
    case 'university':
      return rng.chance(0.5) ? `${city.en} University of Technology` : `${stem} University`;
    case 'school':
      return `${city.en} ${rng.pick(['International School', 'Vocational College', 'Gymnasium'])}`;
    case 'research-institute':
      return `${stem} Institute for ${words.en}`;
    case 'association':
      return rng.chance(0.5) ? `${countryName} ${words.en} Association` : `${city.en} Chamber of Commerce`;
    case 'programme':
      return `${stem} ${words.en} Programme`;
    case 'hospital':
      return rng.chance(0.5) ? `${city.en} University Hospital` : `${stem} Hospital ${city.en}`;
    case 'zone-or-park':
      return `${stem} ${words.en} Park`;
    case 'museum-or-venue':
      return rng.chance(0.5) ? `${city.en} Convention Centre` : `${stem} Hall`;
    case 'media':
      return rng.chance(0.5) ? `${stem} News` : `${city.en} Times`;
    case 'embassy-or-consulate':
      return `Honorary Consulate of ${countryName} in ${city.en}`;
    case 'company':
      return `${stem} ${words.en} ${country.suffix}`;
    default:
      return `${stem} ${words.en} Network`;
  }
}

export interface PersonNaming {
  name: string;
  names: Record<string, string>;
  transliteration?: string;
}

function chineseName(rng: Rng): { pinyin: string; hans: string; hant: string } {
  const [sp, sh, st] = rng.pick(chineseSurnames);
  const [gp, gh, gt] = rng.pick(chineseGivenNames);
  return { pinyin: `${sp} ${gp}`, hans: `${sh}${gh}`, hant: `${st}${gt}` };
}

export function namePerson(rng: Rng, country: CountryInfo | null): PersonNaming {
  const script = country?.script ?? 'latin';
  switch (script) {
    case 'zh-Hans':
    case 'zh-Hant': {
      const { pinyin, hans, hant } = chineseName(rng);
      const traditional = script === 'zh-Hant' || rng.chance(0.3);
      const tag = traditional ? 'zh-Hant' : 'zh-Hans';
      const hanzi = traditional ? hant : hans;
      const r = rng.next();
      // Named only in Chinese: the Chinese is the name, the pinyin is ours.
      if (r < 0.6) return { name: hanzi, names: { [tag]: hanzi }, transliteration: pinyin };
      if (r < 0.85) return { name: pinyin, names: { en: pinyin, [tag]: hanzi } };
      return { name: pinyin, names: {} };
    }
    case 'cyrillic':
    case 'ar':
    case 'ko':
    case 'ja': {
      const kit = nativePeople[script];
      const [fl, fn] = rng.pick(kit.first);
      const [ll, ln] = rng.pick(kit.last);
      const native = script === 'ko' ? `${ln}${fn}` : script === 'ja' ? `${ln} ${fn}` : `${fn} ${ln}`;
      const latin = script === 'ko' || script === 'ja' ? `${ll} ${fl}` : `${fl} ${ll}`;
      const tag = country!.lang;
      if (rng.chance(0.5)) return { name: native, names: { [tag]: native }, transliteration: latin };
      return { name: latin, names: { en: latin, [tag]: native } };
    }
    default: {
      const kit = latinPeople[country?.stems ?? 'en'] ?? latinPeople.en!;
      const name = `${rng.pick(kit.first)} ${rng.pick(kit.last)}`;
      // Some Nordic business people go by a Chinese name too, e.g. 唐明 (Lauri Tammi).
      if ((script === 'fi' || script === 'sv' || script === 'nordic') && rng.chance(0.06)) {
        const zh = chineseName(rng);
        return { name, names: { en: name, 'zh-Hant': zh.hant } };
      }
      return { name, names: {} };
    }
  }
}
