/**
 * The interface languages and where each lives: English at the site's own paths (so no shared link
 * breaks), Simplified Chinese under /zh/. Router paths here never include the base path.
 */
export const locales = ['en', 'zh-Hans'] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'en';

/** The path prefix of each language (none for English). */
export const localePrefix: Record<Locale, string> = { en: '', 'zh-Hans': '/zh' };

/** The language's own name, as its readers write it (the language switch shows it). */
export const localeNativeName: Record<Locale, string> = { en: 'English', 'zh-Hans': '简体中文' };

/** The language of a router path: /zh and /zh/… are Chinese, everything else English. */
export function localeOfPath(routerPath: string): Locale {
  return routerPath === '/zh' || routerPath.startsWith('/zh/') ? 'zh-Hans' : 'en';
}

/** A router path without its language prefix ("/zh/sources" → "/sources", "/zh/" → "/"). */
export function stripLocalePrefix(routerPath: string): string {
  if (localeOfPath(routerPath) === 'en') return routerPath;
  const rest = routerPath.slice('/zh'.length);
  return rest === '' ? '/' : rest;
}

/** An English router path (which may carry ?query and #hash) in `locale`: "/sources" → "/zh/sources", "/" → "/zh/". */
export function localisePath(locale: Locale, routerPath: string): string {
  return `${localePrefix[locale]}${routerPath}`;
}
