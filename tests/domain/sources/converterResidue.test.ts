import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanConverterResidue, hasConverterResidue } from '../../../src/domain/sources/converterResidue.ts';

const dialogue = fs.readFileSync('data/sources/chengdu-finland-dialogue-2025.txt', 'utf8');
const otherSources = ['chengdu-nordic-innovation-meeting-2024', 'chengdu-sister-cities-conference-2025', 'sino-european-online-conference-2020', 'sme2go-shandong-trip'];

/** Strings made mostly of the pieces residue is made of, so the properties meet it often. */
const pieces = fc.constantFrom('醫', '院', '產', '明', '(', ')', 'y', 'ī', 'chǎn', 'yè', 'ji', 'YĪ', 'Lauri Tammi', ' ', '位', '，', 'a', '(yī)', '(chǎn)', '(zhuàng)');
const residueText = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));
const anyText = fc.oneof(residueText, fc.string({ unit: 'grapheme', maxLength: 60 }));

describe('cleanConverterResidue', () => {
  it.each([
    ['華西口腔醫(yī)院', '華西口腔醫院'],
    ['產(chǎn)業(yè)', '產業'],
    ['市經(jīng)信局', '市經信局'],
    ['節(jié)能', '節能'],
    ['阿爾托創(chuàng)新協(xié)會', '阿爾托創新協會'],
    ['蓉歐產(chǎn)業(yè)對話', '蓉歐產業對話'],
  ])('removes the readings in the source text’s %s', (verbatim, clean) => {
    expect(dialogue).toContain(verbatim);
    expect(cleanConverterResidue(verbatim)).toBe(clean);
    expect(hasConverterResidue(verbatim)).toBe(true);
  });

  it.each([
    '唐明(Lauri Tammi)',
    '普蘭梅卡集團(Planmeca)',
    '超360家(位)創(chuàng)新企業(yè)'.replace(/\((?:chuàng|yè)\)/g, ''),
    '(“開放成都”合作共享會芬蘭專場)',
    'Chengdu Opening-up and International Cooperation Center (COICC)',
  ])('keeps real parentheses: %s', (text) => {
    expect(cleanConverterResidue(text)).toBe(text);
    expect(hasConverterResidue(text)).toBe(false);
  });

  it.each([
    ['a reading after a Latin letter', 'a(yī)'],
    ['a reading after a space', '醫 (yī)'],
    ['a reading at the start', '(yī)院'],
    ['a reading with no tone mark', '醫(yi)'],
    ['an upper-case reading', '醫(YĪ)'],
    ['two tone marks', '醫(yīī)'],
    ['more than one syllable’s length', '醫(chuàngxy)'],
    ['an empty pair', '醫()'],
  ])('leaves alone %s', (_, text) => {
    expect(cleanConverterResidue(text)).toBe(text);
  });

  it('removes a reading inside real parentheses and keeps the parentheses', () => {
    const verbatim = '以上內(nèi)容(如有圖片或視頻亦包括在內(nèi))';
    expect(dialogue).toContain(verbatim);
    expect(cleanConverterResidue(verbatim)).toBe('以上內容(如有圖片或視頻亦包括在內)');
  });

  it('removes a run of readings after one character in one pass', () => {
    expect(cleanConverterResidue('醫(yī)(yī)院')).toBe('醫院');
  });

  it('cleans the whole bilingual source: no residue left, every other parenthesis kept', () => {
    const clean = cleanConverterResidue(dialogue);
    expect(hasConverterResidue(clean)).toBe(false);
    const groups = (text: string) => text.match(/\([^()]*\)/g) ?? [];
    const pinyin = /^\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)$/;
    const readings = groups(dialogue).filter((g) => pinyin.test(g));
    expect(readings).toHaveLength(73);
    // Exactly the readings went: every other parenthesised group is still there, nothing else changed length.
    expect(groups(clean)).toEqual(expect.arrayContaining(groups(dialogue).filter((g) => !pinyin.test(g))));
    expect(groups(clean).filter((g) => pinyin.test(g))).toEqual([]);
    expect(clean.length).toBe(dialogue.length - readings.join('').length);
    expect(clean).toContain('普蘭梅卡集團(Planmeca)的代表走進華西口腔醫院');
    expect(clean).toContain('Tammi Consulting創始人、CEO唐明(Lauri Tammi)');
  });

  it.each(otherSources)('finds no residue in %s', (id) => {
    const text = fs.readFileSync(`data/sources/${id}.txt`, 'utf8');
    expect(hasConverterResidue(text)).toBe(false);
    expect(cleanConverterResidue(text)).toBe(text);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(anyText, (text) => cleanConverterResidue(cleanConverterResidue(text)) === cleanConverterResidue(text)));
  });

  it('leaves no residue behind', () => {
    fc.assert(fc.property(anyText, (text) => !hasConverterResidue(cleanConverterResidue(text))));
  });

  it('leaves text without residue unchanged, and changes exactly the text with residue', () => {
    fc.assert(fc.property(anyText, (text) => (cleanConverterResidue(text) === text) === !hasConverterResidue(text)));
  });

  it('undoes a reading added after any Han character of residue-free text', () => {
    const clean = residueText.filter((text) => !hasConverterResidue(text) && /\p{Script=Han}/u.test(text));
    fc.assert(
      fc.property(clean, fc.nat(), fc.constantFrom('(yī)', '(chǎn)', '(yè)', '(zhuàng)', '(nǚ)'), (text, n, reading) => {
        const chars = [...text];
        const hanAt = chars.flatMap((c, i) => (/\p{Script=Han}/u.test(c) ? [i] : []));
        const at = hanAt[n % hanAt.length]! + 1;
        const withResidue = [...chars.slice(0, at), reading, ...chars.slice(at)].join('');
        return hasConverterResidue(withResidue) && cleanConverterResidue(withResidue) === text;
      }),
    );
  });
});
