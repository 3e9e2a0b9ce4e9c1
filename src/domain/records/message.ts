/**
 * Marks English interface text for extraction where it is defined (a label table); it is translated
 * with t() where it is shown (src/domain/i18n/messages.ts). It lives here, the bottom of the domain,
 * so that the records' own tables can use it without importing i18n, which imports records.
 */
export const msg = <const T extends string>(message: T): T => message;
