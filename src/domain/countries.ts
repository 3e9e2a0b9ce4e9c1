/**
 * Country names come from the platform's ICU data (Intl.DisplayNames) rather than a
 * bundled table: it is in every browser and in Node, and knows every ISO 3166-1 code.
 */
const displayNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** Codes Intl knows that are not countries (user-assigned, grouping or exceptional reservations). */
const notCountries = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'AA', 'QM', 'XK']);

export function isKnownCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || notCountries.has(code)) return false;
  const name = displayNames.of(code);
  return name !== undefined && name !== code;
}

export function countryName(code: string): string {
  return (isKnownCountryCode(code) && displayNames.of(code)) || code;
}

/** The flag emoji, built from regional indicator symbols. Decorative: always shown beside the name. */
export function countryFlag(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return '';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}
