/**
 * Word lists for the synthetic data: countries (weighted, with cities), name stems per script,
 * sector words in several languages, person names. Invented, but shaped like the real sources:
 * Chinese (简体 and 繁體), Swedish/Finnish/Nordic Latin with diacritics, Cyrillic, Arabic, Korean, Japanese.
 */

/** How an organisation or person from a country is named. */
export type Script = 'zh-Hans' | 'zh-Hant' | 'sv' | 'fi' | 'nordic' | 'de' | 'latin' | 'cyrillic' | 'ar' | 'ko' | 'ja';

export interface City {
  en: string;
  /** The city's name in the country's own script/language, when it differs from `en`. */
  native?: string;
  /** Chinese forms (simplified, traditional), for Chinese cities. */
  zh?: readonly [string, string];
}

export interface CountryInfo {
  code: string;
  weight: number;
  script: Script;
  /** BCP 47 tag for native names and native-language sources. */
  lang: string;
  cities: City[];
  /** Legal-form suffix for companies. */
  suffix: string;
  /** Which Latin stem list companies use (Latin scripts only). */
  stems?: keyof typeof latinStems;
}

const c = (en: string, native?: string): City => (native ? { en, native } : { en });
const z = (en: string, hans: string, hant: string = hans): City => ({ en, zh: [hans, hant] });

/** ~66 countries; China and the Nordics dominate, the rest is a long tail. */
export const countries: CountryInfo[] = [
  { code: 'CN', weight: 22, script: 'zh-Hans', lang: 'zh-Hans', suffix: 'Co., Ltd.', cities: [
    z('Chengdu', '成都'), z('Shanghai', '上海'), z('Beijing', '北京'), z('Shenzhen', '深圳'), z('Chongqing', '重庆', '重慶'),
    z('Wuhan', '武汉', '武漢'), z('Hangzhou', '杭州'), z('Qingdao', '青岛', '青島'), z("Xi'an", '西安'), z('Suzhou', '苏州', '蘇州'),
    z('Jinan', '济南', '濟南'), z('Guangzhou', '广州', '廣州'), z('Harbin', '哈尔滨', '哈爾濱'), z('Kunming', '昆明'),
  ] },
  { code: 'FI', weight: 10, script: 'fi', lang: 'fi', suffix: 'Oy', stems: 'fi', cities: [
    c('Helsinki'), c('Espoo'), c('Tampere'), c('Oulu'), c('Jyväskylä'), c('Turku'), c('Vaasa'), c('Lahti'), c('Hämeenlinna'),
  ] },
  { code: 'SE', weight: 9, script: 'sv', lang: 'sv', suffix: 'AB', stems: 'sv', cities: [
    c('Stockholm'), c('Gothenburg', 'Göteborg'), c('Malmö'), c('Västerås'), c('Uppsala'), c('Linköping'), c('Umeå'), c('Luleå'), c('Jönköping'),
  ] },
  { code: 'DE', weight: 6, script: 'de', lang: 'de', suffix: 'GmbH', stems: 'de', cities: [
    c('Munich', 'München'), c('Cologne', 'Köln'), c('Düsseldorf'), c('Berlin'), c('Hamburg'), c('Nuremberg', 'Nürnberg'), c('Stuttgart'),
  ] },
  { code: 'NO', weight: 4, script: 'nordic', lang: 'nb', suffix: 'AS', stems: 'nordic', cities: [c('Oslo'), c('Bergen'), c('Trondheim'), c('Tromsø'), c('Stavanger')] },
  { code: 'DK', weight: 4, script: 'nordic', lang: 'da', suffix: 'ApS', stems: 'nordic', cities: [c('Copenhagen', 'København'), c('Aarhus'), c('Odense'), c('Aalborg')] },
  { code: 'GB', weight: 3.5, script: 'latin', lang: 'en', suffix: 'Ltd', stems: 'en', cities: [c('London'), c('Manchester'), c('Edinburgh'), c('Cambridge')] },
  { code: 'US', weight: 3.5, script: 'latin', lang: 'en', suffix: 'Inc.', stems: 'en', cities: [c('New York'), c('San Francisco'), c('Boston'), c('Chicago'), c('Houston')] },
  { code: 'FR', weight: 2.5, script: 'latin', lang: 'fr', suffix: 'SAS', stems: 'fr', cities: [c('Paris'), c('Lyon'), c('Besançon'), c('Toulouse'), c('Nîmes')] },
  { code: 'NL', weight: 2.5, script: 'latin', lang: 'nl', suffix: 'B.V.', stems: 'en', cities: [c('Amsterdam'), c('Rotterdam'), c('Eindhoven'), c('Delft')] },
  { code: 'JP', weight: 2, script: 'ja', lang: 'ja', suffix: 'K.K.', cities: [c('Tokyo', '東京'), c('Osaka', '大阪'), c('Nagoya', '名古屋'), c('Fukuoka', '福岡')] },
  { code: 'KR', weight: 2, script: 'ko', lang: 'ko', suffix: 'Co.', cities: [c('Seoul', '서울'), c('Busan', '부산'), c('Daejeon', '대전'), c('Incheon', '인천')] },
  { code: 'IT', weight: 2, script: 'latin', lang: 'it', suffix: 'S.p.A.', stems: 'it', cities: [c('Milan', 'Milano'), c('Turin', 'Torino'), c('Bologna'), c('Naples', 'Napoli')] },
  { code: 'HK', weight: 1.5, script: 'zh-Hant', lang: 'zh-Hant', suffix: 'Limited', cities: [z('Hong Kong', '香港'), z('Kowloon', '九龙', '九龍')] },
  { code: 'TW', weight: 1, script: 'zh-Hant', lang: 'zh-Hant', suffix: 'Co., Ltd.', cities: [z('Taipei', '台北', '臺北'), z('Kaohsiung', '高雄'), z('Taichung', '台中', '臺中')] },
  { code: 'PL', weight: 1.2, script: 'latin', lang: 'pl', suffix: 'Sp. z o.o.', stems: 'pl', cities: [c('Warsaw', 'Warszawa'), c('Kraków'), c('Łódź'), c('Gdańsk'), c('Wrocław')] },
  { code: 'ES', weight: 1.2, script: 'latin', lang: 'es', suffix: 'S.L.', stems: 'es', cities: [c('Madrid'), c('Barcelona'), c('A Coruña'), c('Málaga')] },
  { code: 'BE', weight: 1.2, script: 'latin', lang: 'nl', suffix: 'NV', stems: 'fr', cities: [c('Brussels'), c('Antwerp'), c('Liège'), c('Ghent')] },
  { code: 'CH', weight: 1.2, script: 'de', lang: 'de', suffix: 'AG', stems: 'de', cities: [c('Zürich'), c('Geneva', 'Genève'), c('Basel')] },
  { code: 'RU', weight: 1.2, script: 'cyrillic', lang: 'ru', suffix: 'LLC', cities: [
    c('Moscow', 'Москва'), c('Saint Petersburg', 'Санкт-Петербург'), c('Kazan', 'Казань'), c('Novosibirsk', 'Новосибирск'),
  ] },
  { code: 'EE', weight: 1, script: 'fi', lang: 'et', suffix: 'OÜ', stems: 'fi', cities: [c('Tallinn'), c('Tartu')] },
  { code: 'AT', weight: 1, script: 'de', lang: 'de', suffix: 'GmbH', stems: 'de', cities: [c('Vienna', 'Wien'), c('Graz'), c('Linz')] },
  { code: 'SG', weight: 1, script: 'latin', lang: 'en', suffix: 'Pte. Ltd.', stems: 'en', cities: [c('Singapore')] },
  { code: 'IS', weight: 0.8, script: 'nordic', lang: 'is', suffix: 'ehf.', stems: 'nordic', cities: [c('Reykjavík'), c('Akureyri')] },
  { code: 'AU', weight: 0.9, script: 'latin', lang: 'en', suffix: 'Pty Ltd', stems: 'en', cities: [c('Sydney'), c('Melbourne'), c('Brisbane')] },
  { code: 'CA', weight: 0.9, script: 'latin', lang: 'en', suffix: 'Inc.', stems: 'en', cities: [c('Toronto'), c('Montréal'), c('Vancouver')] },
  { code: 'IE', weight: 0.5, script: 'latin', lang: 'en', suffix: 'Ltd', stems: 'en', cities: [c('Dublin'), c('Cork')] },
  { code: 'PT', weight: 0.5, script: 'latin', lang: 'pt', suffix: 'Lda.', stems: 'pt', cities: [c('Lisbon', 'Lisboa'), c('Porto')] },
  { code: 'CZ', weight: 0.5, script: 'latin', lang: 'cs', suffix: 's.r.o.', stems: 'cs', cities: [c('Prague', 'Praha'), c('Brno'), c('Ostrava'), c('České Budějovice')] },
  { code: 'HU', weight: 0.4, script: 'latin', lang: 'hu', suffix: 'Kft.', stems: 'cs', cities: [c('Budapest'), c('Győr'), c('Pécs')] },
  { code: 'GR', weight: 0.3, script: 'latin', lang: 'el', suffix: 'S.A.', stems: 'en', cities: [c('Athens'), c('Thessaloniki')] },
  { code: 'LV', weight: 0.4, script: 'latin', lang: 'lv', suffix: 'SIA', stems: 'cs', cities: [c('Riga', 'Rīga'), c('Liepāja')] },
  { code: 'LT', weight: 0.4, script: 'latin', lang: 'lt', suffix: 'UAB', stems: 'cs', cities: [c('Vilnius'), c('Kaunas'), c('Klaipėda')] },
  { code: 'SK', weight: 0.3, script: 'latin', lang: 'sk', suffix: 's.r.o.', stems: 'cs', cities: [c('Bratislava'), c('Košice')] },
  { code: 'SI', weight: 0.3, script: 'latin', lang: 'sl', suffix: 'd.o.o.', stems: 'cs', cities: [c('Ljubljana'), c('Maribor')] },
  { code: 'HR', weight: 0.3, script: 'latin', lang: 'hr', suffix: 'd.o.o.', stems: 'cs', cities: [c('Zagreb'), c('Split')] },
  { code: 'RO', weight: 0.3, script: 'latin', lang: 'ro', suffix: 'S.R.L.', stems: 'it', cities: [c('Bucharest', 'București'), c('Cluj-Napoca'), c('Timișoara')] },
  { code: 'BG', weight: 0.3, script: 'cyrillic', lang: 'bg', suffix: 'EOOD', cities: [c('Sofia', 'София'), c('Plovdiv', 'Пловдив')] },
  { code: 'UA', weight: 0.4, script: 'cyrillic', lang: 'uk', suffix: 'LLC', cities: [c('Kyiv', 'Київ'), c('Lviv', 'Львів'), c('Kharkiv', 'Харків')] },
  { code: 'KZ', weight: 0.4, script: 'cyrillic', lang: 'ru', suffix: 'LLP', cities: [c('Almaty', 'Алматы'), c('Astana', 'Астана')] },
  { code: 'TR', weight: 0.5, script: 'latin', lang: 'tr', suffix: 'A.Ş.', stems: 'tr', cities: [c('Istanbul', 'İstanbul'), c('Ankara'), c('Izmir', 'İzmir'), c('Eskişehir')] },
  { code: 'IL', weight: 0.3, script: 'latin', lang: 'he', suffix: 'Ltd', stems: 'en', cities: [c('Tel Aviv'), c('Haifa')] },
  { code: 'AE', weight: 0.5, script: 'ar', lang: 'ar', suffix: 'LLC', cities: [c('Dubai', 'دبي'), c('Abu Dhabi', 'أبو ظبي')] },
  { code: 'SA', weight: 0.4, script: 'ar', lang: 'ar', suffix: 'Company', cities: [c('Riyadh', 'الرياض'), c('Jeddah', 'جدة')] },
  { code: 'QA', weight: 0.25, script: 'ar', lang: 'ar', suffix: 'W.L.L.', cities: [c('Doha', 'الدوحة')] },
  { code: 'EG', weight: 0.3, script: 'ar', lang: 'ar', suffix: 'S.A.E.', cities: [c('Cairo', 'القاهرة'), c('Alexandria', 'الإسكندرية')] },
  { code: 'MA', weight: 0.25, script: 'ar', lang: 'ar', suffix: 'SARL', cities: [c('Casablanca', 'الدار البيضاء'), c('Rabat', 'الرباط')] },
  { code: 'IN', weight: 0.6, script: 'latin', lang: 'en', suffix: 'Pvt. Ltd.', stems: 'en', cities: [c('Mumbai'), c('Bengaluru'), c('New Delhi'), c('Pune')] },
  { code: 'VN', weight: 0.4, script: 'latin', lang: 'vi', suffix: 'JSC', stems: 'vi', cities: [c('Hanoi', 'Hà Nội'), c('Ho Chi Minh City', 'Thành phố Hồ Chí Minh'), c('Da Nang', 'Đà Nẵng')] },
  { code: 'TH', weight: 0.35, script: 'latin', lang: 'th', suffix: 'Co., Ltd.', stems: 'en', cities: [c('Bangkok'), c('Chiang Mai')] },
  { code: 'MY', weight: 0.35, script: 'latin', lang: 'ms', suffix: 'Sdn. Bhd.', stems: 'en', cities: [c('Kuala Lumpur'), c('Penang')] },
  { code: 'ID', weight: 0.3, script: 'latin', lang: 'id', suffix: 'PT', stems: 'en', cities: [c('Jakarta'), c('Surabaya')] },
  { code: 'PH', weight: 0.25, script: 'latin', lang: 'en', suffix: 'Inc.', stems: 'es', cities: [c('Manila'), c('Cebu')] },
  { code: 'NZ', weight: 0.3, script: 'latin', lang: 'en', suffix: 'Ltd', stems: 'en', cities: [c('Auckland'), c('Wellington')] },
  { code: 'BR', weight: 0.4, script: 'latin', lang: 'pt', suffix: 'Ltda.', stems: 'pt', cities: [c('São Paulo'), c('Rio de Janeiro'), c('Curitiba')] },
  { code: 'MX', weight: 0.3, script: 'latin', lang: 'es', suffix: 'S.A. de C.V.', stems: 'es', cities: [c('Mexico City', 'Ciudad de México'), c('Monterrey'), c('Guadalajara')] },
  { code: 'AR', weight: 0.25, script: 'latin', lang: 'es', suffix: 'S.A.', stems: 'es', cities: [c('Buenos Aires'), c('Córdoba')] },
  { code: 'CL', weight: 0.25, script: 'latin', lang: 'es', suffix: 'SpA', stems: 'es', cities: [c('Santiago'), c('Valparaíso')] },
  { code: 'ZA', weight: 0.3, script: 'latin', lang: 'en', suffix: '(Pty) Ltd', stems: 'en', cities: [c('Johannesburg'), c('Cape Town')] },
  { code: 'NG', weight: 0.2, script: 'latin', lang: 'en', suffix: 'Ltd', stems: 'en', cities: [c('Lagos'), c('Abuja')] },
  { code: 'KE', weight: 0.2, script: 'latin', lang: 'en', suffix: 'Ltd', stems: 'en', cities: [c('Nairobi'), c('Mombasa')] },
  { code: 'PK', weight: 0.25, script: 'latin', lang: 'en', suffix: '(Pvt.) Ltd.', stems: 'en', cities: [c('Karachi'), c('Lahore')] },
  { code: 'BD', weight: 0.15, script: 'latin', lang: 'en', suffix: 'Ltd', stems: 'en', cities: [c('Dhaka')] },
  { code: 'LK', weight: 0.15, script: 'latin', lang: 'en', suffix: '(Pvt) Ltd', stems: 'en', cities: [c('Colombo')] },
  { code: 'MN', weight: 0.2, script: 'cyrillic', lang: 'mn', suffix: 'LLC', cities: [c('Ulaanbaatar', 'Улаанбаатар')] },
  { code: 'UZ', weight: 0.2, script: 'latin', lang: 'uz', suffix: 'LLC', stems: 'tr', cities: [c('Tashkent', 'Toshkent')] },
];

/** Latin company stems, with the diacritics of their language. */
export const latinStems = {
  sv: ['Åkerström', 'Lindqvist', 'Norrsken', 'Fjällvind', 'Ström', 'Björkdal', 'Älvsborg', 'Sjöberg', 'Solhöjd', 'Västkust', 'Ängsö', 'Östergården'],
  fi: ['Järvi', 'Mäkelä', 'Lähde', 'Kivikko', 'Pohjola', 'Säde', 'Metsä', 'Aalto', 'Tähti', 'Vesiväylä', 'Kärki', 'Pöyhönen'],
  nordic: ['Bjørnstad', 'Fjord', 'Nordlys', 'Kjær', 'Søndergaard', 'Ødegaard', 'Ærø', 'Havbrís', 'Þórsmörk', 'Skagen', 'Blåvand', 'Fjellstøl'],
  de: ['Müller', 'Schäfer', 'Südwind', 'Grünberg', 'Höhenrain', 'Jäger', 'Weißfeld', 'Bärenfels', 'Rheintal', 'Alpenglühen', 'Löwenstein', 'Straßmann'],
  en: ['Pacific', 'Summit', 'Horizon', 'Evergreen', 'Meridian', 'Northstar', 'Keystone', 'Bluewater', 'Crescent', 'Silverline', 'Redwood', 'Harbourview'],
  fr: ['Lumière', 'Éole', 'Bellecôte', 'Rivière', 'Ténéré', 'Clément', 'Château-Vert', 'Forêt', 'Hélios', 'Île-Verte'],
  it: ['Città Nuova', 'Fiorità', 'Monteverdi', 'Libertà', 'Aurora', 'Galilei', 'Ponte Vecchio', 'Sole'],
  pl: ['Łączność', 'Wisła', 'Żuraw', 'Świt', 'Bór', 'Zorza', 'Mazowsze', 'Wrzos'],
  es: ['Peñalara', 'Ñandú', 'Águila', 'Sol Naciente', 'Río Claro', 'Montaña', 'Andalucía', 'Estrella'],
  pt: ['São Jorge', 'Ação', 'Coração', 'Atlântico', 'Estrela', 'Vitória', 'Lusitânia', 'Horizonte'],
  cs: ['Šumava', 'Vltava', 'Říp', 'Tatra', 'Hvězda', 'Dunaj', 'Lípa', 'Zámek'],
  tr: ['Çelik', 'Güneş', 'Yıldız', 'Doğan', 'Işık', 'Ötüken', 'Şahin', 'Ağaç'],
  vi: ['Điện Biên', 'Hồng Hà', 'Sông Đà', 'Phương Đông', 'Trường Sơn', 'Hòa Bình'],
} as const;

/** [romanised, simplified, traditional] company stems. */
export const chineseStems: ReadonlyArray<readonly [string, string, string]> = [
  ['Huaxin', '华信', '華信'], ['Tianfu', '天府', '天府'], ['Jinlong', '金龙', '金龍'], ['Xinghe', '星河', '星河'],
  ['Hongda', '宏达', '宏達'], ['Zhongke', '中科', '中科'], ['Longteng', '龙腾', '龍騰'], ['Ruifeng', '瑞丰', '瑞豐'],
  ['Haiwei', '海维', '海維'], ['Dongfang', '东方', '東方'], ['Xinyuan', '新源', '新源'], ['Guanghua', '光华', '光華'],
  ['Yunfei', '云飞', '雲飛'], ['Boxin', '博鑫', '博鑫'], ['Yibang', '亿邦', '億邦'], ['Huati', '华体', '華體'],
  ['Jiuzhou', '九州', '九州'], ['Shuguang', '曙光', '曙光'], ['Changhong', '长虹', '長虹'], ['Xinhai', '鑫海', '鑫海'],
  ['Tongwei', '通威', '通威'], ['Kelun', '科伦', '科倫'], ['Jingwei', '经纬', '經緯'], ['Lianchuang', '联创', '聯創'],
  ['Zhihui', '智汇', '智匯'], ['Yongxing', '永兴', '永興'], ['Minjiang', '岷江', '岷江'], ['Shudao', '蜀道', '蜀道'],
  ['Baiyun', '白云', '白雲'], ['Fenghuang', '凤凰', '鳳凰'],
];

/** [romanised, native] stems for Cyrillic, Arabic, Korean and Japanese company names. */
type Pairs = ReadonlyArray<readonly [string, string]>;

export const nativeStems: Record<'cyrillic' | 'ar' | 'ko' | 'ja', Pairs> = {
  cyrillic: [['Sibir', 'Сибирь'], ['Volga', 'Волга'], ['Ural', 'Урал'], ['Baikal', 'Байкал'], ['Neva', 'Нева'], ['Zvezda', 'Звезда'], ['Rassvet', 'Рассвет'], ['Dnipro', 'Днепр'], ['Altai', 'Алтай'], ['Polyus', 'Полюс']],
  ar: [['Gulf', 'الخليج'], ['Al Noor', 'النور'], ['Al Waha', 'الواحة'], ['Al Fajr', 'الفجر'], ['Nile', 'النيل'], ['Al Majd', 'المجد'], ['Al Rawabi', 'الروابي'], ['Al Safa', 'الصفا'], ['Atlas', 'أطلس'], ['Al Hilal', 'الهلال']],
  ko: [['Hanbit', '한빛'], ['Saehan', '새한'], ['Daeil', '대일'], ['Mirae', '미래'], ['Hyunsung', '현성'], ['Sejin', '세진'], ['Nuri', '누리'], ['Taeyang', '태양'], ['Haneul', '하늘'], ['Jinwoo', '진우']],
  ja: [['Sakura', 'さくら'], ['Fuji', '富士'], ['Yamato', '大和'], ['Asahi', '朝日'], ['Hikari', '光'], ['Tokai', '東海'], ['Kansai', '関西'], ['Midori', 'みどり'], ['Hokuto', '北斗'], ['Kaze', '風']],
};

/** Per sector: an English industry word and its forms in other scripts, for names and titles. */
export interface SectorWords {
  en: string;
  /** Short form for event titles. */
  short: string;
  hans: string;
  hant: string;
  ru: string;
  ar: string;
  ko: string;
  ja: string;
}

export const sectorWords: Record<string, SectorWords> = {
  'advanced-manufacturing': { en: 'Intelligent Manufacturing', short: 'Advanced Manufacturing', hans: '智能制造', hant: '智能製造', ru: 'Машиностроение', ar: 'للصناعات المتقدمة', ko: '스마트제조', ja: '精密機械' },
  'clean-energy': { en: 'New Energy', short: 'Clean Energy', hans: '新能源', hant: '新能源', ru: 'Энерго', ar: 'للطاقة النظيفة', ko: '신에너지', ja: '新エネルギー' },
  'environment-circular-economy': { en: 'Environmental Technology', short: 'Circular Economy', hans: '环保科技', hant: '環保科技', ru: 'Экотехнологии', ar: 'للتقنيات البيئية', ko: '환경기술', ja: '環境技術' },
  'digital-economy': { en: 'Digital Technology', short: 'Digital Economy', hans: '数字科技', hant: '數字科技', ru: 'Цифровые технологии', ar: 'للتقنية الرقمية', ko: '디지털', ja: 'デジタル' },
  'artificial-intelligence': { en: 'Artificial Intelligence', short: 'AI', hans: '人工智能', hant: '人工智能', ru: 'Искусственный интеллект', ar: 'للذكاء الاصطناعي', ko: '인공지능', ja: '人工知能' },
  healthcare: { en: 'Medical', short: 'Healthcare', hans: '医疗', hant: '醫療', ru: 'Медицина', ar: 'للرعاية الصحية', ko: '메디컬', ja: 'メディカル' },
  biomedicine: { en: 'Pharmaceutical', short: 'Biomedicine', hans: '生物医药', hant: '生物醫藥', ru: 'Фарма', ar: 'للأدوية', ko: '바이오', ja: '製薬' },
  'agriculture-food': { en: 'Agriculture', short: 'Agri-Food', hans: '农业', hant: '農業', ru: 'Агро', ar: 'للأغذية والزراعة', ko: '농업', ja: '農業' },
  'logistics-transport': { en: 'Logistics', short: 'Logistics', hans: '物流', hant: '物流', ru: 'Логистика', ar: 'للخدمات اللوجستية', ko: '물류', ja: '物流' },
  'urban-development': { en: 'Construction', short: 'Smart City', hans: '建设', hant: '建設', ru: 'Строй', ar: 'للتطوير العمراني', ko: '건설', ja: '建設' },
  'electronics-semiconductors': { en: 'Electronics', short: 'Semiconductor', hans: '电子', hant: '電子', ru: 'Электроника', ar: 'للإلكترونيات', ko: '반도체', ja: '電子' },
  automotive: { en: 'Automotive', short: 'New Energy Vehicle', hans: '汽车', hant: '汽車', ru: 'Авто', ar: 'للسيارات', ko: '모빌리티', ja: '自動車' },
  'aerospace-low-altitude': { en: 'Aviation', short: 'Low-Altitude Economy', hans: '航空', hant: '航空', ru: 'Авиа', ar: 'للطيران', ko: '항공', ja: '航空' },
  'finance-real-estate': { en: 'Investment', short: 'Finance', hans: '投资', hant: '投資', ru: 'Инвест', ar: 'للاستثمار', ko: '투자', ja: '投資' },
  'education-research': { en: 'Education', short: 'Education', hans: '教育', hant: '教育', ru: 'Образование', ar: 'للتعليم', ko: '교육', ja: '教育' },
  'culture-tourism': { en: 'Culture and Tourism', short: 'Culture and Tourism', hans: '文旅', hant: '文旅', ru: 'Туризм', ar: 'للسياحة', ko: '관광', ja: '観光' },
  'materials-mining': { en: 'New Materials', short: 'Materials', hans: '新材料', hant: '新材料', ru: 'Материалы', ar: 'للتعدين', ko: '소재', ja: '素材' },
  'trade-investment': { en: 'Trade', short: 'Trade and Investment', hans: '国际贸易', hant: '國際貿易', ru: 'Торговля', ar: 'للتجارة', ko: '무역', ja: '商事' },
};

/** Fallback for sectors added to data/sectors.json after this list was written. */
export function wordsForSector(id: string, label: string): SectorWords {
  return sectorWords[id] ?? { en: label, short: label, hans: '产业', hant: '產業', ru: 'Индустрия', ar: 'للصناعة', ko: '산업', ja: '産業' };
}

/** [English, simplified, traditional] municipal departments. */
export const departments: ReadonlyArray<readonly [string, string, string]> = [
  ['Commerce', '商务局', '商務局'],
  ['Economy and Information Technology', '经济和信息化局', '經濟和信息化局'],
  ['Science and Technology', '科学技术局', '科學技術局'],
  ['Foreign Affairs', '外事办公室', '外事辦公室'],
  ['Agriculture and Rural Affairs', '农业农村局', '農業農村局'],
  ['Culture, Radio, Television and Tourism', '文化广电旅游局', '文化廣電旅遊局'],
  ['Investment Promotion', '投资促进局', '投資促進局'],
  ['Education', '教育局', '教育局'],
];

/** [romanised, simplified, traditional] Chinese surnames and given names. */
export const chineseSurnames: ReadonlyArray<readonly [string, string, string]> = [
  ['Wang', '王', '王'], ['Zhang', '张', '張'], ['Li', '李', '李'], ['Liu', '刘', '劉'], ['Chen', '陈', '陳'], ['Yang', '杨', '楊'],
  ['Zhao', '赵', '趙'], ['Huang', '黄', '黃'], ['Zhou', '周', '周'], ['Wu', '吴', '吳'], ['Xu', '徐', '徐'], ['Sun', '孙', '孫'],
  ['Ma', '马', '馬'], ['Zhu', '朱', '朱'], ['Hu', '胡', '胡'], ['Guo', '郭', '郭'], ['He', '何', '何'], ['Lin', '林', '林'],
  ['Gao', '高', '高'], ['Luo', '罗', '羅'], ['Tang', '唐', '唐'], ['Deng', '邓', '鄧'],
];
export const chineseGivenNames: ReadonlyArray<readonly [string, string, string]> = [
  ['Wei', '伟', '偉'], ['Fang', '芳', '芳'], ['Lei', '磊', '磊'], ['Jing', '静', '靜'], ['Daiqin', '代勤', '代勤'], ['Xiaoming', '晓明', '曉明'],
  ['Hongmei', '红梅', '紅梅'], ['Jianguo', '建国', '建國'], ['Yuting', '雨婷', '雨婷'], ['Zhiqiang', '志强', '志強'], ['Lili', '丽丽', '麗麗'],
  ['Haoran', '浩然', '浩然'], ['Shuang', '爽', '爽'], ['Kaiwen', '凯文', '凱文'], ['Meiling', '美玲', '美玲'], ['Jun', '军', '軍'],
  ['Xin', '鑫', '鑫'], ['Ming', '明', '明'], ['Yan', '燕', '燕'], ['Tao', '涛', '濤'],
];

/** Latin first and last names per stem family (diacritics as spelt). */
export const latinPeople: Record<string, { first: readonly string[]; last: readonly string[] }> = {
  sv: { first: ['Åsa', 'Björn', 'Märta', 'Göran', 'Linnéa', 'Sören', 'Ingrid', 'Anders', 'Karin', 'Håkan'], last: ['Lindström', 'Åkesson', 'Söderberg', 'Nyström', 'Öberg', 'Ekström', 'Holmqvist', 'Sjögren'] },
  fi: { first: ['Jyrki', 'Päivi', 'Mikko', 'Säde', 'Tuomas', 'Hannele', 'Jussi', 'Riikka', 'Ilkka', 'Kaisa', 'Lauri'], last: ['Mäkinen', 'Järvinen', 'Hämäläinen', 'Lähteenmäki', 'Virtanen', 'Kärkkäinen', 'Nieminen', 'Pöllänen', 'Tammi'] },
  nordic: { first: ['Søren', 'Bjørn', 'Ásdís', 'Þóra', 'Ingrid', 'Magnús', 'Kjersti', 'Ørjan', 'Mette'], last: ['Kjær', 'Sørensen', 'Ødegård', 'Jóhannsdóttir', 'Halvorsen', 'Bjørnstad', 'Guðmundsson', 'Rasmussen'] },
  de: { first: ['Jürgen', 'Sabine', 'Günther', 'Ulrike', 'Klaus', 'Käthe', 'Matthias', 'Jörg'], last: ['Müller', 'Schäfer', 'Weiß', 'Köhler', 'Groß', 'Hoffmann', 'Krüger', 'Bäcker'] },
  en: { first: ['John', 'Emma', 'David', 'Sarah', 'Michael', 'Priya', 'James', 'Olivia'], last: ['Smith', 'Johnson', 'Brown', 'Taylor', "O'Connor", 'Patel', 'Williams', 'Clarke'] },
  fr: { first: ['Amélie', 'François', 'Hélène', 'Jérôme', 'Cécile', 'Gaël'], last: ['Lefèvre', 'Dubois', 'Garnier', 'Béranger', 'Lemaître'] },
  it: { first: ['Giulia', 'Niccolò', 'Chiara', 'Lorenzo'], last: ['Rossi', 'Bianchi', 'Esposito', 'Fabbri'] },
  pl: { first: ['Łukasz', 'Małgorzata', 'Zbigniew', 'Agnieszka'], last: ['Wiśniewski', 'Kowalczyk', 'Żak', 'Dąbrowska'] },
  es: { first: ['José', 'María', 'Iñigo', 'Lucía'], last: ['Peña', 'Núñez', 'García', 'Muñoz'] },
  pt: { first: ['João', 'Conceição', 'Sebastião', 'Inês'], last: ['Gonçalves', 'Simões', 'Magalhães', 'Araújo'] },
  cs: { first: ['Tomáš', 'Jiří', 'Zuzana', 'Petra'], last: ['Dvořák', 'Novák', 'Procházková', 'Černý'] },
  tr: { first: ['Ayşe', 'Çağlar', 'Mehmet', 'Gülşen'], last: ['Yılmaz', 'Öztürk', 'Şahin', 'Doğan'] },
  vi: { first: ['Thị Lan', 'Văn Hùng', 'Minh Đức'], last: ['Nguyễn', 'Trần', 'Phạm'] },
};

/** [romanised, native] names in non-Latin scripts. */
export const nativePeople: Record<'cyrillic' | 'ar' | 'ko' | 'ja', { first: Pairs; last: Pairs }> = {
  cyrillic: {
    first: [['Ivan', 'Иван'], ['Olga', 'Ольга'], ['Dmitry', 'Дмитрий'], ['Natalya', 'Наталья'], ['Sergey', 'Сергей'], ['Anna', 'Анна'], ['Oleksandr', 'Олександр']],
    last: [['Petrov', 'Петров'], ['Smirnov', 'Смирнов'], ['Kuznetsov', 'Кузнецов'], ['Popov', 'Попов'], ['Volkov', 'Волков'], ['Lebedev', 'Лебедев'], ['Shevchenko', 'Шевченко']],
  },
  ar: {
    first: [['Mohammed', 'محمد'], ['Ahmed', 'أحمد'], ['Fatima', 'فاطمة'], ['Khalid', 'خالد'], ['Noura', 'نورة'], ['Omar', 'عمر']],
    last: [['Al-Otaibi', 'العتيبي'], ['Al-Harbi', 'الحربي'], ['Al-Mansouri', 'المنصوري'], ['Al-Shammari', 'الشمري'], ['Haddad', 'حداد']],
  },
  ko: {
    first: [['Min-jun', '민준'], ['Seo-yeon', '서연'], ['Ji-hoon', '지훈'], ['Ha-eun', '하은'], ['Do-yoon', '도윤'], ['Ji-woo', '지우']],
    last: [['Kim', '김'], ['Lee', '이'], ['Park', '박'], ['Choi', '최'], ['Jung', '정'], ['Kang', '강']],
  },
  ja: {
    first: [['Ken', '健'], ['Misaki', '美咲'], ['Shota', '翔太'], ['Yoko', '陽子'], ['Haruto', '陽翔'], ['Aoi', '葵']],
    last: [['Sato', '佐藤'], ['Suzuki', '鈴木'], ['Takahashi', '高橋'], ['Tanaka', '田中'], ['Watanabe', '渡辺'], ['Ito', '伊藤']],
  },
};

export const personTitles = [
  'Founder and CEO', 'General Manager', 'Deputy Director', 'Director', 'Consul General', 'Ambassador', 'Professor', 'Mayor',
  'Vice Mayor', 'Chairman', 'Head of International Cooperation', 'Secretary-General', 'Project Manager', 'Chief Representative',
  'Vice President', 'Counsellor for Trade',
];

export const outlets = [
  'PR Newswire', 'NetEase Hao', 'EINPresswire', 'Xinhua', 'Chengdu Daily', 'Sohu', 'Helsingin Sanomat', 'Svenska Dagbladet',
  'Yle Uutiset', 'Dagens Industri', 'China Daily', 'Sichuan Online', 'Business Wire', 'Kauppalehti', 'Ny Teknik', 'ТАСС',
  'Al Arabiya', '연합뉴스', '日本経済新聞', 'Le Monde', 'Handelsblatt',
];

export const seriesWords = ['Industrial Dialogue', 'Innovation Week', 'Cooperation Summit', 'Trade Fair', 'Partnership Forum', 'Investment Conference', 'Tech Matchmaking Days', 'Business Week'];

export const monthNames = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  fi: ['tammikuussa', 'helmikuussa', 'maaliskuussa', 'huhtikuussa', 'toukokuussa', 'kesäkuussa', 'heinäkuussa', 'elokuussa', 'syyskuussa', 'lokakuussa', 'marraskuussa', 'joulukuussa'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
} as const;

export const chineseNumerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
