/**
 * The languages generated source texts are written in, with the date phrases and sentence
 * templates each one needs. Evidence quotes are cut from these sentences, so they are verbatim.
 */
import type { RecordDate } from '../../domain/records/index.ts';
import { monthNames } from './vocab.ts';

export type TextLang = 'en' | 'zh-Hans' | 'zh-Hant' | 'sv' | 'fi' | 'de' | 'ru' | 'ar' | 'ko' | 'ja';

/** Simplified → traditional for the characters the templates use (names carry both forms themselves). */
const hantMap: Record<string, string> = {
  将: '將', 举: '舉', 办: '辦', 参: '參', 签: '簽', 协: '協', 议: '議', 备: '備', 录: '錄', 达: '達', 计: '計', 划: '劃',
  谈: '談', 于: '於', 国: '國', 际: '際', 贸: '貿', 团: '團', 访: '訪', 问: '問', 业: '業', 医: '醫', 疗: '療', 发: '發',
  会: '會', 观: '觀', 与: '與', 为: '為', 该: '該', 机: '機', 构: '構', 长: '長', 总: '總', 经: '經', 区: '區', 来: '來',
  时: '時', 个: '個', 对: '對', 进: '進', 动: '動', 东: '東', 华: '華', 间: '間', 产: '產', 学: '學', 实: '實', 这: '這',
  开: '開', 关: '關', 员: '員', 务: '務', 场: '場', 现: '現', 应: '應', 领: '領', 导: '導', 质: '質', 节: '節', 赛: '賽',
  线: '線', 仪: '儀', 式: '式', 览: '覽', 论: '論', 坛: '壇', 创: '創', 新: '新', 围: '圍', 绕: '繞', 表: '表', 示: '示',
  阔: '闊', 广: '廣', 景: '景', 前: '前', 项: '項', 目: '目', 赴: '赴', 考: '考', 察: '察', 级: '級', 认: '認', 识: '識',
  岁: '歲', 并: '並', 强: '強', 续: '續', 双: '雙', 边: '邊', 绍: '紹', 联: '聯', 望: '望', 愿: '願', 兴: '興', 趣: '趣',
  处: '處', 负: '負', 责: '責', 宁: '寧', 众: '眾', 热: '熱', 烈: '烈', 欢: '歡', 迎: '迎', 积: '積', 极: '極', 题: '題',
  们: '們', 说: '說', 话: '話', 过: '過', 约: '約', 见: '見', 证: '證', 周: '週', 馆: '館', 术: '術', 设: '設', 台: '臺',
};

export function toHant(text: string): string {
  let out = '';
  for (const ch of text) out += hantMap[ch] ?? ch;
  return out;
}

export function isChinese(lang: TextLang): lang is 'zh-Hans' | 'zh-Hant' {
  return lang === 'zh-Hans' || lang === 'zh-Hant';
}

interface DateBits {
  y?: number;
  m?: number;
  d?: number;
}

function bits(value: string): DateBits {
  const [y, m, d] = value.split('-').map(Number);
  return { y, ...(m ? { m } : {}), ...(d ? { d } : {}) };
}

/** One point in time, written the way the language writes dates, without a preposition. */
function formatPoint(lang: TextLang, { y, m, d }: DateBits): string {
  const en = monthNames.en;
  switch (lang) {
    case 'zh-Hans':
    case 'zh-Hant':
    case 'ja':
      return `${y !== undefined ? `${y}年` : ''}${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
    case 'ko':
      return [y !== undefined ? `${y}년` : '', m ? `${m}월` : '', d ? `${d}일` : ''].filter(Boolean).join(' ');
    case 'sv':
      return [d ?? '', m ? monthNames.sv[m - 1] : '', y ?? ''].filter((p) => p !== '').join(' ');
    case 'de':
      return [d ? `${d}.` : '', m ? monthNames.de[m - 1] : '', y ?? ''].filter((p) => p !== '').join(' ');
    case 'fi':
      if (d && m) return `${d}.${m}.${y ?? ''}`;
      return [m ? monthNames.fi[m - 1] : '', y ?? ''].filter((p) => p !== '').join(' ');
    case 'ru':
      if (d && m) return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}${y !== undefined ? `.${y}` : ''}`;
      return m ? `${String(m).padStart(2, '0')}${y !== undefined ? `.${y}` : ''}` : `${y} г.`;
    case 'ar':
      return [d, m, y].filter((p) => p !== undefined).join('/');
    default:
      return [d ?? '', m ? en[m - 1] : '', y ?? ''].filter((p) => p !== '').join(' ');
  }
}

/** The date as a phrase with its preposition ("on 4 December 2019", "2019年12月4日"); '' when no date is known. */
export function datePhrase(lang: TextLang, date: RecordDate): string {
  if (date.start === null) {
    if (date.month === undefined) return '';
    const point = formatPoint(lang, { m: date.month, ...(date.day ? { d: date.day } : {}) });
    return wrapPoint(lang, point, date.day !== undefined ? 'day' : 'month');
  }
  const start = bits(date.start);
  const precision = start.d ? 'day' : start.m ? 'month' : 'year';
  if (date.end && date.end !== date.start) {
    const a = formatPoint(lang, start);
    const b = formatPoint(lang, bits(date.end));
    switch (lang) {
      case 'zh-Hans':
      case 'zh-Hant':
      case 'ja':
        return `${a}至${b}`;
      case 'ko':
        return `${a}부터 ${b}까지`;
      case 'sv':
        return `mellan ${a} och ${b}`;
      case 'fi':
        return `${a}–${b}`;
      case 'de':
        return `vom ${a} bis ${b}`;
      case 'ru':
        return `с ${a} по ${b}`;
      case 'ar':
        return `من ${a} إلى ${b}`;
      default:
        return `between ${a} and ${b}`;
    }
  }
  return wrapPoint(lang, formatPoint(lang, start), precision);
}

function wrapPoint(lang: TextLang, point: string, precision: 'day' | 'month' | 'year'): string {
  switch (lang) {
    case 'en':
      return `${precision === 'day' ? 'on' : 'in'} ${point}`;
    case 'sv':
      return `${precision === 'day' ? 'den' : precision === 'month' ? 'i' : 'år'} ${point}`;
    case 'de':
      return `${precision === 'day' ? 'am' : precision === 'month' ? 'im' : 'im Jahr'} ${point}`;
    case 'fi':
      return precision === 'year' ? `vuonna ${point}` : point;
    case 'ru':
      return precision === 'day' ? point : precision === 'month' ? `в ${point}` : `в ${point}`;
    case 'ar':
      return `في ${point}`;
    default:
      return point;
  }
}

/** A name written inside a sentence of the given language; foreign names stay as they are. */
export interface Named {
  name: string;
  names: Record<string, string>;
  /** Chinese forms (simplified, traditional) when the generator knows them. */
  zh?: readonly [string, string];
}

export function nameIn(lang: TextLang, item: Named): string {
  if (lang === 'zh-Hans') return item.zh?.[0] ?? item.names['zh-Hans'] ?? item.names['zh-Hant'] ?? item.name;
  if (lang === 'zh-Hant') return item.zh?.[1] ?? item.names['zh-Hant'] ?? item.names['zh-Hans'] ?? item.name;
  const tag = lang === 'ru' ? ['ru', 'uk', 'bg', 'mn'] : [lang];
  for (const t of tag) if (item.names[t]) return item.names[t];
  return item.name;
}

function list(lang: TextLang, items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  if (isChinese(lang) || lang === 'ja') return items.join('、');
  const and = { en: 'and', sv: 'och', fi: 'ja', de: 'und', ru: 'и', ar: 'و', ko: '및' }[lang] ?? 'and';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

const cap = (s: string) => (s === '' ? s : s[0]!.toUpperCase() + s.slice(1));

export interface EventSentence {
  host: string;
  others: string[];
  title: string;
  place: string | null;
  date: RecordDate;
  planned: boolean;
  count?: number;
}

export function eventSentence(lang: TextLang, e: EventSentence): string {
  const when = datePhrase(lang, e.date);
  const others = list(lang, e.others.slice(0, 3));
  const t = lang === 'zh-Hant' ? toHant : (s: string) => s;
  switch (lang) {
    case 'zh-Hans':
    case 'zh-Hant':
      return t(`${when}${when ? '，' : ''}${e.host}${e.planned ? '将' : ''}${e.place ? `在${e.place}` : ''}举办“${e.title}”`) +
        (others ? t(`，${others}等机构参加`) : '') + (e.count ? t(`，共有${e.count}家企业参会`) : '') + '。';
    case 'ja':
      return `${e.host}は${when ? `${when}、` : ''}${e.place ? `${e.place}で` : ''}「${e.title}」を${e.planned ? '開催する予定だ' : '開催した'}${others ? `（${others}などが参加）` : ''}。`;
    case 'ko':
      return `${e.host}은(는) ${when ? `${when} ` : ''}${e.place ? `${e.place}에서 ` : ''}「${e.title}」을(를) ${e.planned ? '개최할 예정이다' : '개최했다'}${others ? `. ${others} 등이 참가했다` : ''}.`;
    case 'sv':
      return `${e.host} ${e.planned ? 'planerar att arrangera' : 'arrangerade'} ”${e.title}”${e.place ? ` i ${e.place}` : ''}${when ? ` ${when}` : ''}${others ? `, tillsammans med ${others}` : ''}.`;
    case 'fi':
      return `${e.host} ${e.planned ? 'järjestää' : 'järjesti'} tapahtuman ”${e.title}”${e.place ? ` (${e.place})` : ''}${when ? ` ${when}` : ''}${others ? `; mukana olivat myös ${others}` : ''}.`;
    case 'de':
      return `${e.host} ${e.planned ? 'plant' : 'veranstaltete'}${when ? ` ${when}` : ''} die Veranstaltung „${e.title}“${e.place ? ` in ${e.place}` : ''}${others ? `, gemeinsam mit ${others}` : ''}.`;
    case 'ru':
      return `${cap(when)}${when ? ' ' : ''}${e.host} ${e.planned ? 'проведёт' : 'провела'} мероприятие «${e.title}»${e.place ? ` (${e.place})` : ''}${others ? ` при участии ${others}` : ''}.`;
    case 'ar':
      return `${e.planned ? 'ستنظم' : 'نظمت'} ${e.host} فعالية «${e.title}»${e.place ? ` في ${e.place}` : ''}${when ? ` ${when}` : ''}${others ? ` بمشاركة ${others}` : ''}.`;
    default: {
      const verb = e.planned ? 'will host' : 'hosted';
      const lead = when ? `${cap(when)}, ${e.host} ${verb}` : `${e.host} ${verb}`;
      return `${lead} the "${e.title}"${e.place ? ` in ${e.place}` : ''}${others ? `, with ${others} taking part` : ''}${e.count ? `; ${e.count} enterprises ${e.planned ? 'are expected' : 'attended'}` : ''}.`;
    }
  }
}

export interface DelegationSentence {
  lead: string | null;
  from: string;
  to: string[];
  date: RecordDate;
  planned: boolean;
  topic: string;
  members?: number;
}

export function delegationSentence(lang: TextLang, d: DelegationSentence): string {
  const when = datePhrase(lang, d.date);
  const to = list(lang, d.to);
  const t = lang === 'zh-Hant' ? toHant : (s: string) => s;
  switch (lang) {
    case 'zh-Hans':
    case 'zh-Hant':
      return t(`${when}${when ? '，' : ''}${d.lead ? `由${d.lead}率领的` : ''}${d.from}${d.topic}代表团${d.planned ? '将' : ''}赴${to}访问${d.members ? `，代表团共${d.members}家企业` : ''}。`);
    case 'ja':
      return `${when ? `${when}、` : ''}${d.lead ? `${d.lead}が率いる` : ''}${d.from}の${d.topic}代表団が${to}を${d.planned ? '訪問する予定だ' : '訪問した'}。`;
    case 'ko':
      return `${when ? `${when} ` : ''}${d.lead ? `${d.lead}이(가) 이끄는 ` : ''}${d.from} ${d.topic} 대표단이 ${to}을(를) ${d.planned ? '방문할 예정이다' : '방문했다'}.`;
    case 'sv':
      return `${cap(when)}${when ? ' ' : ''}${d.planned ? 'reser' : 'reste'} en delegation från ${d.from}${d.lead ? `, ledd av ${d.lead},` : ''} till ${to} för att diskutera ${d.topic}.`;
    case 'fi':
      return `Valtuuskunta (${d.from}, ${d.topic})${d.lead ? ` – johtajana ${d.lead} –` : ''} ${d.planned ? 'vierailee' : 'vieraili'} kohteessa ${to}${when ? ` ${when}` : ''}.`;
    case 'de':
      return `${cap(when)}${when ? ' ' : ''}${d.planned ? 'reist' : 'reiste'} eine Delegation aus ${d.from}${d.lead ? ` unter Leitung von ${d.lead}` : ''} nach ${to}, um über ${d.topic} zu sprechen.`;
    case 'ru':
      return `${cap(when)}${when ? ' ' : ''}делегация из ${d.from}${d.lead ? ` во главе с ${d.lead}` : ''} ${d.planned ? 'посетит' : 'посетила'} ${to} (${d.topic}).`;
    case 'ar':
      return `${d.planned ? 'سيزور' : 'زار'} وفد من ${d.from}${d.lead ? ` برئاسة ${d.lead}` : ''} ${to}${when ? ` ${when}` : ''} لبحث ${d.topic}.`;
    default: {
      const who = `a delegation from ${d.from}${d.lead ? ` led by ${d.lead}` : ''}`;
      const verb = d.planned ? 'will travel' : 'travelled';
      return `${when ? `${cap(when)}, ${who}` : cap(who)} ${verb} to ${to} to discuss ${d.topic.toLowerCase()} cooperation${d.members ? `, with ${d.members} member organisations` : ''}.`;
    }
  }
}

export type AgreementWord = 'signed' | 'memorandum' | 'preliminary' | 'planned' | 'in-discussion' | 'potential';

const agreementWords: Record<'en' | 'zh' | 'sv' | 'fi' | 'de' | 'ru' | 'ar' | 'ko' | 'ja', Record<AgreementWord, string>> = {
  en: { signed: 'signed a cooperation agreement on', memorandum: 'signed a memorandum of understanding on', preliminary: 'reached a preliminary agreement on', planned: 'plan to launch a joint project on', 'in-discussion': 'held in-depth talks on', potential: 'hope to cooperate on' },
  zh: { signed: '签署了合作协议，围绕', memorandum: '签署合作备忘录，围绕', preliminary: '达成初步协议，围绕', planned: '计划联合开展项目，围绕', 'in-discussion': '进行了深入洽谈，围绕', potential: '希望加强合作，围绕' },
  sv: { signed: 'undertecknade ett samarbetsavtal om', memorandum: 'undertecknade ett samförståndsavtal om', preliminary: 'nådde en preliminär överenskommelse om', planned: 'planerar ett gemensamt projekt om', 'in-discussion': 'förde fördjupade samtal om', potential: 'hoppas kunna samarbeta om' },
  fi: { signed: 'allekirjoittivat yhteistyösopimuksen aiheesta', memorandum: 'allekirjoittivat aiesopimuksen aiheesta', preliminary: 'pääsivät alustavaan sopimukseen aiheesta', planned: 'suunnittelevat yhteishanketta aiheesta', 'in-discussion': 'kävivät syvällisiä neuvotteluja aiheesta', potential: 'toivovat yhteistyötä aiheesta' },
  de: { signed: 'unterzeichneten eine Kooperationsvereinbarung über', memorandum: 'unterzeichneten eine Absichtserklärung über', preliminary: 'erzielten eine vorläufige Einigung über', planned: 'planen ein gemeinsames Projekt zu', 'in-discussion': 'führten intensive Gespräche über', potential: 'hoffen auf eine Zusammenarbeit bei' },
  ru: { signed: 'подписали соглашение о сотрудничестве в сфере', memorandum: 'подписали меморандум о взаимопонимании в сфере', preliminary: 'достигли предварительной договорённости в сфере', planned: 'планируют совместный проект в сфере', 'in-discussion': 'провели углублённые переговоры в сфере', potential: 'надеются на сотрудничество в сфере' },
  ar: { signed: 'وقعت اتفاقية تعاون في مجال', memorandum: 'وقعت مذكرة تفاهم في مجال', preliminary: 'توصلت إلى اتفاق مبدئي في مجال', planned: 'تخطط لمشروع مشترك في مجال', 'in-discussion': 'أجرت محادثات معمقة في مجال', potential: 'تأمل في التعاون في مجال' },
  ko: { signed: '협력 협정을 체결했다', memorandum: '양해각서를 체결했다', preliminary: '예비 합의에 도달했다', planned: '공동 프로젝트를 추진할 계획이다', 'in-discussion': '심도 있는 논의를 진행했다', potential: '협력을 희망했다' },
  ja: { signed: '協力協定を締結した', memorandum: '覚書を締結した', preliminary: '基本合意に達した', planned: '共同プロジェクトを計画している', 'in-discussion': '踏み込んだ協議を行った', potential: '協力を希望した' },
};

export interface AgreementSentence {
  parties: string[];
  unnamed: string | null;
  status: AgreementWord;
  topic: string;
  date: RecordDate;
}

export function agreementSentence(lang: TextLang, a: AgreementSentence): string {
  const when = datePhrase(lang, a.date);
  const who = list(lang, a.unnamed ? [...a.parties, a.unnamed] : a.parties);
  switch (lang) {
    case 'zh-Hans':
    case 'zh-Hant': {
      const t = lang === 'zh-Hant' ? toHant : (s: string) => s;
      return t(`${when}${when ? '，' : ''}${who}${agreementWords.zh[a.status]}${a.topic}领域开展合作。`);
    }
    case 'ja':
      return `${when ? `${when}、` : ''}${who}は${a.topic}分野で${agreementWords.ja[a.status]}。`;
    case 'ko':
      return `${when ? `${when} ` : ''}${who}은(는) ${a.topic} 분야에서 ${agreementWords.ko[a.status]}.`;
    case 'sv':
    case 'fi':
    case 'de':
    case 'ru':
    case 'ar':
      return `${cap(when)}${when ? ' ' : ''}${who} ${agreementWords[lang][a.status]} ${a.topic}.`;
    default:
      return `${when ? `${cap(when)}, ` : ''}${who} ${agreementWords.en[a.status]} ${a.topic.toLowerCase()}.`;
  }
}

export function organisationSentence(lang: TextLang, name: string, kindLabel: string, place: string | null): string {
  const t = lang === 'zh-Hant' ? toHant : (s: string) => s;
  switch (lang) {
    case 'zh-Hans':
    case 'zh-Hant':
      return place ? t(`${name}位于${place}，是本次合作的重要参与方。`) : t(`${name}是本次合作的重要参与方。`);
    case 'ja':
      return `${name}は${place ? `${place}に拠点を置く` : ''}主要な参加機関の一つである。`;
    case 'ko':
      return `${name}은(는) ${place ? `${place}에 본사를 둔 ` : ''}주요 참가 기관이다.`;
    case 'sv':
      return `${name}${place ? `, med säte i ${place},` : ''} är en av de viktigaste deltagarna.`;
    case 'fi':
      return `${name}${place ? ` (${place})` : ''} on yksi tärkeimmistä osallistujista.`;
    case 'de':
      return `${name}${place ? ` mit Sitz in ${place}` : ''} gehört zu den wichtigsten Teilnehmern.`;
    case 'ru':
      return `${name}${place ? ` (${place})` : ''} — один из ключевых участников.`;
    case 'ar':
      return `تعد ${name}${place ? ` ومقرها ${place}` : ''} من أبرز المشاركين.`;
    default:
      return `${name}, a ${kindLabel}${place ? ` based in ${place}` : ''}, is one of the key participants.`;
  }
}

export function personSentence(lang: TextLang, name: string, role: string | null): string {
  const t = lang === 'zh-Hant' ? toHant : (s: string) => s;
  switch (lang) {
    case 'zh-Hans':
    case 'zh-Hant':
      return t(`${role ? `${role}` : ''}${name}表示，双方合作前景广阔。`);
    case 'ja':
      return `${role ? `${role}の` : ''}${name}氏は、協力の可能性は大きいと述べた。`;
    case 'ko':
      return `${role ? `${role} ` : ''}${name}은(는) 협력 전망이 밝다고 말했다.`;
    case 'sv':
      return `– Vi ser stora möjligheter, sade ${name}${role ? `, ${role}` : ''}.`;
    case 'fi':
      return `– Näemme suuria mahdollisuuksia, sanoi ${name}${role ? `, ${role}` : ''}.`;
    case 'de':
      return `„Wir sehen große Chancen“, sagte ${name}${role ? `, ${role}` : ''}.`;
    case 'ru':
      return `«Мы видим большие возможности», — сказал ${name}${role ? `, ${role}` : ''}.`;
    case 'ar':
      return `قال ${name}${role ? `، ${role}،` : ''} إن آفاق التعاون واسعة.`;
    default:
      return `"We see broad prospects for cooperation," said ${name}${role ? `, ${role}` : ''}.`;
  }
}

/** Sentences between the quoted ones, so texts read like articles and quotes sit mid-text. */
export const fillers: Record<TextLang, readonly string[]> = {
  en: ['The event attracted wide attention from the industry.', 'Both sides agreed to keep in close contact.', 'Participants exchanged views on market access and investment.', 'The organisers thanked all partners for their support.'],
  'zh-Hans': ['活动受到业界广泛关注。', '双方同意保持密切沟通。', '与会代表就市场准入和投资环境交换了意见。'],
  'zh-Hant': ['活動受到業界廣泛關注。', '雙方同意保持密切溝通。', '與會代表就市場准入和投資環境交換了意見。'],
  sv: ['Evenemanget väckte stor uppmärksamhet i branschen.', 'Båda parter kom överens om att hålla nära kontakt.'],
  fi: ['Tapahtuma herätti laajaa kiinnostusta alalla.', 'Osapuolet sopivat jatkavansa tiivistä yhteistyötä.'],
  de: ['Die Veranstaltung stieß in der Branche auf großes Interesse.', 'Beide Seiten vereinbarten, in engem Kontakt zu bleiben.'],
  ru: ['Мероприятие вызвало большой интерес в отрасли.', 'Стороны договорились поддерживать тесные контакты.'],
  ar: ['حظيت الفعالية باهتمام واسع من القطاع.', 'اتفق الجانبان على مواصلة التواصل الوثيق.'],
  ko: ['이번 행사는 업계의 큰 관심을 받았다.', '양측은 긴밀한 소통을 이어가기로 했다.'],
  ja: ['イベントは業界から大きな注目を集めた。', '双方は緊密な連携を続けることで一致した。'],
};

export const langLabel: Record<TextLang, string> = {
  en: 'English', 'zh-Hans': 'Simplified Chinese', 'zh-Hant': 'Traditional Chinese', sv: 'Swedish', fi: 'Finnish', de: 'German',
  ru: 'Russian', ar: 'Arabic', ko: 'Korean', ja: 'Japanese',
};
