/**
 * Simplified Chinese labels for the fixed vocabularies, key for key the same as the English tables
 * (`../labels.ts`, `../citations.ts`, `../figures.ts`, `../schema.ts`). Plain objects, not Intl:
 * Node (prerendering) and the browser must print the same. Worded no stronger than the English:
 * "In discussion" is 洽谈中, never 已签署.
 */
/** As CitingKind in ../sources (spelled out here: sources imports paths, which imports this folder). */
type CitingKind = 'event' | 'delegation' | 'agreement' | 'organisation' | 'person';
import type { AgreementStatus, EventKind, Figure, OrganisationKind, ParticipantRole, RecordType } from '../records/index.ts';

/** The kinds of record and page the atlas has, plus an event series. */
export type AtlasRecordKind = RecordType | 'organisation' | 'person' | 'source' | 'series';

export const atlasRecordKindLabelsZhHans: Record<AtlasRecordKind, string> = {
  event: '活动',
  delegation: '代表团',
  agreement: '协议',
  organisation: '机构',
  person: '人物',
  source: '来源',
  series: '系列活动',
};

/** As `recordTypeLabels`. */
export const recordTypeLabelsZhHans: Record<RecordType, string> = {
  event: atlasRecordKindLabelsZhHans.event,
  delegation: atlasRecordKindLabelsZhHans.delegation,
  agreement: atlasRecordKindLabelsZhHans.agreement,
};

/** As `recordTypePluralLabels` (Chinese nouns have no plural). */
export const recordTypePluralLabelsZhHans: Record<RecordType, string> = recordTypeLabelsZhHans;

/** As `citingKindLabels`. */
export const citingKindLabelsZhHans: Record<CitingKind, { one: string; many: string }> = {
  event: { one: '活动', many: '活动' },
  delegation: { one: '代表团', many: '代表团' },
  agreement: { one: '协议', many: '协议' },
  organisation: { one: '机构', many: '机构' },
  person: { one: '人物', many: '人物' },
};

export const eventKindLabelsZhHans: Record<EventKind, string> = {
  conference: '会议',
  'matchmaking-session': '对接会',
  roadshow: '路演',
  'site-visit': '实地考察',
  signing: '签约',
  unveiling: '揭牌',
  'online-conference': '线上会议',
  forum: '论坛',
  meeting: '会面',
  exhibition: '展览',
  'cultural-event': '文化活动',
  competition: '竞赛',
  other: '其他活动',
};

export const organisationKindLabelsZhHans: Record<OrganisationKind, string> = {
  company: '企业',
  'government-body': '政府机构',
  'city-or-region': '城市或地区',
  country: '国家',
  'embassy-or-consulate': '使领馆',
  university: '大学',
  school: '学校',
  'research-institute': '研究机构',
  association: '协会',
  programme: '项目',
  hospital: '医院',
  'zone-or-park': '园区',
  'museum-or-venue': '博物馆或场馆',
  media: '媒体',
  other: '其他',
};

/** As `agreementStatusLabels`, strongest first; never stronger than the English. */
export const agreementStatusLabelsZhHans: Record<AgreementStatus, string> = {
  signed: '已签署',
  memorandum: '备忘录',
  preliminary: '初步协议',
  planned: '计划中',
  'in-discussion': '洽谈中',
  potential: '潜在合作',
};

/** As `recordStatusLabels` (events and delegations). */
export const recordStatusLabelsZhHans: Record<'took-place' | 'planned', string> = {
  'took-place': '已举行',
  planned: '计划中',
};

/** As `roleLabels`: the participant roles of events plus the timeline's delegation and agreement roles. */
export const roleLabelsZhHans: Record<ParticipantRole | 'member' | 'party' | 'stop', string> = {
  host: '主办方',
  'co-host': '协办方',
  organiser: '承办方',
  participant: '参与方',
  presenter: '推介方',
  visited: '被访方',
  visitor: '来访方',
  speaker: '致辞方',
  matched: '对接方',
  venue: '场地方',
  member: '代表团成员',
  party: '当事方',
  stop: '被访方',
};

/** As `roleLabel`: unknown roles fall back to the role itself. */
export function roleLabelZhHans(role: string): string {
  return (roleLabelsZhHans as Record<string, string>)[role] ?? role;
}

/** Figure qualifiers, as the words put before the number ("more than 30" → 超过30). */
export const figureQualifierWordsZhHans: Record<Figure['qualifier'], string> = {
  exactly: '',
  'more-than': '超过',
  'at-least': '至少',
  about: '约',
  nearly: '近',
};
