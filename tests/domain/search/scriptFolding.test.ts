import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScriptConverter } from '../../../src/domain/i18n/index.ts';
import { findOrganisations, normaliseForSearch, searchTokens, suggestClosest } from '../../../src/domain/search/index.ts';
import { realData } from '../../support/realData.ts';

beforeAll(() => loadScriptConverter());

/** Traditional → Simplified pairs the sources and readers meet (the sources are Traditional). */
const pairs: Array<[string, string]> = [
  ['華西', '华西'],
  ['芬蘭', '芬兰'],
  ['成都', '成都'],
  ['醫院', '医院'],
  ['貿易', '贸易'],
  ['協議', '协议'],
  ['瑞典', '瑞典'],
  ['經濟', '经济'],
  ['國際', '国际'],
  ['會議', '会议'],
];

const hanText = fc.array(fc.constantFrom(...pairs.flatMap(([t, s]) => [t, s]), ' ', 'a', 'Ö', '-'), { maxLength: 12 }).map((parts) => parts.join(''));

describe('script folding in search', () => {
  it('folds Traditional and Simplified to the same text (symmetric between scripts)', () => {
    for (const [traditional, simplified] of pairs) expect(normaliseForSearch(traditional)).toBe(normaliseForSearch(simplified));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pairs), { maxLength: 8 }), (chosen) => {
        const asTraditional = chosen.map(([t]) => t).join('');
        const asSimplified = chosen.map(([, s]) => s).join('');
        return normaliseForSearch(asTraditional) === normaliseForSearch(asSimplified);
      }),
    );
  });

  it('is idempotent, on Chinese and on any text', () => {
    fc.assert(fc.property(hanText, (text) => normaliseForSearch(normaliseForSearch(text)) === normaliseForSearch(text)));
    fc.assert(fc.property(fc.string(), (text) => normaliseForSearch(normaliseForSearch(text)) === normaliseForSearch(text)));
  });

  it('leaves diacritic folding as it was', () => {
    expect(normaliseForSearch('Västerås')).toBe('vasteras');
    expect(normaliseForSearch('Tromsø')).toBe('tromso');
    expect(searchTokens('“Opening-Chengdu”')).toEqual(['opening-chengdu']);
  });

  it('finds 華西 organisations from 华西 in the organisation picker, and suggests them on a not-found page', () => {
    const { dataset } = realData();
    const traditional = dataset.organisations.filter((o) => Object.values(o.names).some((name) => name.includes('華西')));
    expect(traditional.length).toBeGreaterThan(0);
    const found = findOrganisations(dataset.organisations, '华西').map((match) => match.organisation.id);
    for (const org of traditional) expect(found).toContain(org.id);
    const candidates = traditional.map((o) => ({ id: o.id, label: Object.values(o.names).find((n) => n.includes('華西'))! }));
    expect(suggestClosest('华西', candidates).length).toBeGreaterThan(0);
  });
});
