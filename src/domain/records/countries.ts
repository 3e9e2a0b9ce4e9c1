import { countryNames } from './countryNames.ts';

export function isKnownCountryCode(code: string): boolean {
  return countryNames.has(code);
}

export function countryName(code: string): string {
  return countryNames.get(code) ?? code;
}

/** The flag emoji, built from regional indicator symbols. Decorative: always shown beside the name. */
export function countryFlag(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return '';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}
