import { describe, expect, it } from 'vitest';
import { catalogueProblems, extractMessages, messageArguments } from '../../../src/tools/check/messageCatalogues.ts';

describe('the interface message catalogues', () => {
  it('list every message the code uses, no more, and translate each into Chinese with the same placeholders', () => {
    expect(catalogueProblems()).toEqual([]);
  });

  it('find messages in t() and msg() calls', () => {
    const messages = extractMessages();
    expect(messages.size).toBeGreaterThan(100);
    expect(messages.has('Sources')).toBe(true);
  });

  it('report a message missing from a catalogue and one no code uses', () => {
    const extracted = new Map([['Used', { message: 'Used', origins: ['a.ts:1'] }]]);
    const read = (locale: string) => (locale === 'en' ? { Unused: 'Unused' } : { Unused: '未用' });
    expect(catalogueProblems(extracted, read)).toEqual([
      'messages.en.json is missing "Used" (used at a.ts:1): run npm run i18n:extract',
      'messages.en.json has "Unused", which no code uses: run npm run i18n:extract',
      'messages.zh-Hans.json has no translation of "Used"',
      'messages.zh-Hans.json translates "Unused", which no code uses',
    ]);
  });

  it('compare placeholders, including those inside plural cases', () => {
    expect(messageArguments('{count, plural, one {# record in {place}} other {# records}}')).toEqual(['count', 'place']);
  });
});
