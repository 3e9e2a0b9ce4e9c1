import { Link, useLocation } from 'react-router';
import { localeNativeName, locales, localisePath, stripLocalePrefix } from '../../domain/i18n/index.ts';
import { useLocale, useT } from './LocaleContext.tsx';

/** Links to this same page, with its filters and passage, in the other languages. */
export function LanguageSwitch() {
  const locale = useLocale();
  const t = useT();
  const { pathname, search, hash } = useLocation();
  const page = stripLocalePrefix(pathname);
  return (
    <nav className="language-switch" aria-label={t('Language')}>
      <ul>
        {locales.map((other) => {
          const tag = other === 'en' ? 'en' : other;
          return (
            <li key={other}>
              {other === locale ? (
                <span aria-current="true" lang={tag}>
                  {localeNativeName[other]}
                </span>
              ) : (
                <Link to={localisePath(other, page) + search + hash} lang={tag} hrefLang={tag}>
                  {localeNativeName[other]}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
