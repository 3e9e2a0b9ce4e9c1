/**
 * Language tags for article text, so screen readers and fonts treat Chinese, Swedish and
 * English passages right. Names come from the platform's ICU data, like country names.
 */
const displayNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

export function languageName(tag: string): string {
  try {
    return displayNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

const han = /\p{Script=Han}/u;

export function containsHan(text: string): boolean {
  return han.test(text);
}

const isChinese = (tag: string) => /^zh(?:-|$)/i.test(tag);

/**
 * The language of a whole article: its one language, or in a Chinese + one-other article
 * the other one (Chinese lines are tagged one by one). Undefined when it cannot be told.
 */
export function articleLanguage(languages: readonly string[]): string | undefined {
  const others = languages.filter((tag) => !isChinese(tag));
  if (others.length === 1) return others[0];
  if (others.length === 0 && languages.length === 1) return languages[0];
  return undefined;
}

/** A line's own language when it differs from the article's: in a mixed article, lines with Chinese characters. */
export function lineLanguage(line: string, languages: readonly string[]): string | undefined {
  const chinese = languages.find(isChinese);
  const base = articleLanguage(languages);
  if (!chinese || chinese === base) return undefined;
  return containsHan(line) ? chinese : undefined;
}

/** A lang attribute for a string whose language is not recorded (e.g. a native name), judged by its script. */
export function guessLanguage(text: string): string | undefined {
  return containsHan(text) ? 'zh-Hant' : undefined;
}
