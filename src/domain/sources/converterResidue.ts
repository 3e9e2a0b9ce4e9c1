/**
 * Converter residue: the pinyin readings a simplified→traditional converter left after some characters
 * in `chengdu-finland-dialogue-2025`, e.g. `華西口腔醫(yī)院`, `產(chǎn)業(yè)`. Quotes keep them (they are
 * verbatim); the UI shows a cleaned reading beside the verbatim text.
 *
 * A residue is a parenthesised, lowercase pinyin syllable with exactly one tone mark, written directly
 * after a Han character: `(yī)`, `(chǎn)`, `(chuàng)`. Nothing else is touched — `唐明(Lauri Tammi)`,
 * `家(位)`, `(Planmeca)`, `(ji)` without a tone mark, and readings after a space or a Latin letter stay.
 */

/** Tone-marked pinyin letters, precomposed (as converters write them). */
const toned = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
/** One syllable: up to six lowercase pinyin letters, exactly one of them tone-marked. */
const syllable = `(?=[a-zü${toned}]{1,6}\\))[a-zü]*[${toned}][a-zü]*`;
/** Readings right after a Han character; a run of several is one residue (so cleaning once is enough). */
const residue = new RegExp(`(?<=\\p{Script=Han})(?:\\(${syllable}\\))+`, 'gu');
const residueTest = new RegExp(residue.source, 'u');

/** Whether the text has converter residue anywhere. */
export function hasConverterResidue(text: string): boolean {
  return residueTest.test(text);
}

/** The text with every converter residue removed and everything else unchanged (`醫(yī)院` → `醫院`). */
export function cleanConverterResidue(text: string): string {
  return text.replace(residue, '');
}
