import { describe, expect, it } from 'vitest';
import { textComparator } from '../../../src/domain/i18n/index.ts';

describe('textComparator', () => {
  it('orders Chinese names by code point (radical and stroke), Latin names first and case-blind, whatever the runtime’s ICU', () => {
    const names = ['通力', 'TEGnology', '成都高新区', 'bmh', '四川大学华西医院', '2020中欧新经济线上合作大会'];
    expect([...names].sort(textComparator('zh-Hans'))).toEqual(['2020中欧新经济线上合作大会', 'bmh', 'TEGnology', '四川大学华西医院', '成都高新区', '通力']);
  });

  it('is a total order: antisymmetric, and zero only for the same string', () => {
    const compare = textComparator('zh-Hans');
    for (const [a, b] of [['芬兰', '芬蘭'], ['Kone', 'KONE'], ['成都', '成都']] as const) {
      expect(Math.sign(compare(a, b)) + Math.sign(compare(b, a))).toBe(0);
      expect(compare(a, b) === 0).toBe(a === b);
    }
  });

  it('keeps English alphabetical order for English', () => {
    expect(['Nokia', 'aaltoes', 'KONE'].sort(textComparator('en'))).toEqual(['aaltoes', 'KONE', 'Nokia']);
  });
});
