import { describe, expect, it } from 'vitest';
import { phraseUses, translatedPlaceLine } from '../../../src/domain/i18n/index.ts';
import { fixtureDataset } from '../../fixtures/dataset.ts';

const table: Record<string, string> = {
  'West China Hospital, Sichuan University': '四川大学华西医院',
  Chengdu: '成都',
  Sichuan: '四川',
};
const translate = (english: string) => table[english];

describe('translatedPlaceLine', () => {
  it('translates the longest run of parts that is one phrase, so a venue with a comma stays whole', () => {
    expect(translatedPlaceLine('West China Hospital, Sichuan University, Chengdu', translate, '，')).toBe('四川大学华西医院，成都');
    expect(translatedPlaceLine('Chengdu, Sichuan', translate, '，')).toBe('成都，四川');
  });

  it('gives up (null) when any part has no translation, rather than mixing languages', () => {
    expect(translatedPlaceLine('Hall 9, Chengdu', translate, '，')).toBeNull();
  });
});

describe('phraseUses', () => {
  it('lists where each phrase is used, with places, notes and figures among them', () => {
    const uses = phraseUses(fixtureDataset());
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      expect(use.english).not.toBe('');
      expect(use.where).toMatch(/^[a-z]+\/[a-z0-9-]+ [a-zA-Z[\]0-9.]+$/);
    }
  });
});
