import { describe, expect, it } from 'vitest';
import { citingKindLabels } from '../../../src/domain/sources/citations.ts';
import { countryNames } from '../../../src/domain/records/countryNames.ts';
import { countryNameZhHans, countryNamesZhHans } from '../../../src/domain/i18n/countryNamesZhHans.ts';
import {
  agreementStatusLabelsZhHans,
  atlasRecordKindLabelsZhHans,
  citingKindLabelsZhHans,
  eventKindLabelsZhHans,
  figureQualifierWordsZhHans,
  organisationKindLabelsZhHans,
  recordStatusLabelsZhHans,
  recordTypeLabelsZhHans,
  recordTypePluralLabelsZhHans,
  roleLabelZhHans,
  roleLabelsZhHans,
} from '../../../src/domain/i18n/labelsZhHans.ts';
import {
  agreementStatusLabels,
  eventKindLabels,
  organisationKindLabels,
  recordStatusLabels,
  recordTypeLabels,
  recordTypePluralLabels,
  roleLabels,
} from '../../../src/domain/records/labels.ts';
import { agreementStatuses, eventKinds, figureSchema, organisationKinds, participantRoles } from '../../../src/domain/records/schema.ts';
import { recordTypes } from '../../../src/domain/records/types.ts';

const han = /\p{Script=Han}/u;
const sortedKeys = (table: object) => Object.keys(table).sort();

describe('Simplified Chinese label tables', () => {
  it.each([
    ['record types', recordTypeLabels, recordTypeLabelsZhHans],
    ['record types (plural)', recordTypePluralLabels, recordTypePluralLabelsZhHans],
    ['citing kinds', citingKindLabels, citingKindLabelsZhHans],
    ['event kinds', eventKindLabels, eventKindLabelsZhHans],
    ['organisation kinds', organisationKindLabels, organisationKindLabelsZhHans],
    ['agreement statuses', agreementStatusLabels, agreementStatusLabelsZhHans],
    ['event and delegation statuses', recordStatusLabels, recordStatusLabelsZhHans],
    ['roles', roleLabels, roleLabelsZhHans],
  ])('%s: a Chinese entry for every key of the English table, and no other', (_name, english, chinese) => {
    expect(sortedKeys(chinese)).toEqual(sortedKeys(english));
  });

  it('covers the schema enumerations too', () => {
    expect(sortedKeys(eventKindLabelsZhHans)).toEqual([...eventKinds].sort());
    expect(sortedKeys(organisationKindLabelsZhHans)).toEqual([...organisationKinds].sort());
    expect(sortedKeys(agreementStatusLabelsZhHans)).toEqual([...agreementStatuses].sort());
    expect(sortedKeys(recordTypeLabelsZhHans)).toEqual([...recordTypes].sort());
    for (const role of participantRoles) expect(roleLabelsZhHans).toHaveProperty(role);
    expect(sortedKeys(figureQualifierWordsZhHans)).toEqual(Object.keys(figureSchema.shape.qualifier.def.entries).sort());
  });

  it('names every kind of record and page, series included', () => {
    expect(sortedKeys(atlasRecordKindLabelsZhHans)).toEqual(['agreement', 'delegation', 'event', 'organisation', 'person', 'series', 'source']);
  });

  it('every label is Chinese (only "exactly" has no qualifier word, as in English)', () => {
    const labels = [
      ...Object.values(atlasRecordKindLabelsZhHans),
      ...Object.values(citingKindLabelsZhHans).flatMap((label) => [label.one, label.many]),
      ...Object.values(eventKindLabelsZhHans),
      ...Object.values(organisationKindLabelsZhHans),
      ...Object.values(agreementStatusLabelsZhHans),
      ...Object.values(recordStatusLabelsZhHans),
      ...Object.values(roleLabelsZhHans),
      ...Object.entries(figureQualifierWordsZhHans).filter(([key]) => key !== 'exactly').map(([, word]) => word),
    ];
    for (const label of labels) expect(label).toMatch(han);
    expect(figureQualifierWordsZhHans.exactly).toBe('');
  });

  it('keeps agreement statuses no stronger than the English', () => {
    expect(agreementStatusLabelsZhHans['in-discussion']).toBe('洽谈中');
    for (const status of ['memorandum', 'preliminary', 'planned', 'in-discussion', 'potential'] as const) {
      expect(agreementStatusLabelsZhHans[status]).not.toMatch(/签署|签约/);
    }
  });

  it('falls back to the role itself for an unknown role', () => {
    expect(roleLabelZhHans('matched')).toBe('对接方');
    expect(roleLabelZhHans('juror')).toBe('juror');
  });
});

describe('Simplified Chinese country names', () => {
  it('has a name for every code the atlas knows, and no other', () => {
    expect([...countryNamesZhHans.keys()].sort()).toEqual([...countryNames.keys()].sort());
    for (const name of countryNamesZhHans.values()) expect(name).toMatch(han);
  });

  it('uses the standard PRC names', () => {
    expect(countryNameZhHans('CN')).toBe('中国');
    expect(countryNameZhHans('FI')).toBe('芬兰');
    expect(countryNameZhHans('SE')).toBe('瑞典');
    expect(countryNameZhHans('GB')).toBe('英国');
    expect(countryNameZhHans('HK')).toBe('中国香港特别行政区');
    expect(countryNameZhHans('TW')).toBe('台湾');
    expect(countryNameZhHans('KR')).toBe('韩国');
    expect(countryNameZhHans('UZ')).toBe('乌兹别克斯坦');
  });

  it('gives deprecated codes the name their English entry gives', () => {
    expect(countryNameZhHans('DD')).toBe(countryNameZhHans('DE'));
    expect(countryNameZhHans('UK')).toBe(countryNameZhHans('GB'));
    expect(countryNameZhHans('SU')).toBe(countryNameZhHans('RU'));
    expect(countryNameZhHans('XX')).toBe('XX');
  });

  it('names every country the real data uses', async () => {
    const { realData } = await import('../../support/realData.ts');
    const used = JSON.stringify(realData().dataset).match(/"country":"[A-Z]{2}"/g) ?? [];
    expect(used.length).toBeGreaterThan(0);
    for (const match of used) expect(countryNamesZhHans.has(match.slice(-3, -1))).toBe(true);
  });
});
