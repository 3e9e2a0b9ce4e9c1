/**
 * Which evidence quotes need an English gloss: those not written in English. Decided from the quote
 * and its source's languages only, so it is pure and cheap:
 * - a quote with any letter of a script other than Latin (Han, kana, Hangul, Cyrillic, Arabic…) is not
 *   English — this catches the Chinese half of a bilingual article;
 * - otherwise the quote is in Latin letters, and it is English exactly when its source has an English
 *   version (`en`, `en-GB`…): a quote from a Swedish-only article is Swedish, even `Posintra Oy`.
 * A Latin-script quote from a source with English *and* another Latin-script language (Swedish and
 * English, say) counts as English: the script cannot tell them apart.
 */

/** A letter that is neither Latin nor shared by all scripts. */
const nonLatinLetter = /(?=\p{L})[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/** Whether the text has a letter of a script other than Latin (e.g. a Han character). */
export function hasNonLatinLetters(text: string): boolean {
  return nonLatinLetter.test(text);
}

/** Whether a BCP 47 tag is English (`en`, `en-GB`, `EN`). */
export function isEnglishTag(tag: string): boolean {
  return /^en(?:-|$)/i.test(tag);
}

/** Whether a quote from a source written in `sourceLanguages` is not in English, so it needs a gloss. */
export function isNonEnglishQuote(quote: string, sourceLanguages: readonly string[]): boolean {
  if (hasNonLatinLetters(quote)) return true;
  return !sourceLanguages.some(isEnglishTag);
}
