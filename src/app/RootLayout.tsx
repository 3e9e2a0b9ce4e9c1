import { useEffect } from 'react';
import { NavLink, Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { LanguageSwitch, LocaleProvider, useLocale, usePaths, useT } from '../components/i18n/index.ts';
import type { Locale } from '../domain/i18n/index.ts';
import './RootLayout.css';

export function RootLayout({ locale }: { locale: Locale }) {
  return (
    <LocaleProvider locale={locale}>
      <SiteFrame />
    </LocaleProvider>
  );
}

function SiteFrame() {
  const navigation = useNavigation();
  const locale = useLocale();
  const t = useT();
  const paths = usePaths();
  useEffect(() => {
    // The app now answers: end the prerendered page's loading state (main.tsx). data-hydrated
    // is also what the browser benchmark waits for.
    const html = document.documentElement;
    delete html.dataset.loading;
    html.dataset.hydrated = '';
  }, []);
  useEffect(() => {
    // The prerendered page says its language; a switch in the browser must say the new one.
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('Skip to content')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to={paths.timeline()} className="brand">
            <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32">
              <rect width="32" height="32" rx="7" fill="currentColor" />
              <circle cx="16" cy="16" r="9" fill="none" stroke="var(--surface)" strokeWidth="2" />
              <path d="M7 16h18M16 7c-4 5-4 13 0 18M16 7c4 5 4 13 0 18" fill="none" stroke="var(--surface)" strokeWidth="1.6" />
            </svg>
            <span>{t('Trade Mission Atlas')}</span>
          </NavLink>
          <nav className="site-header__nav" aria-label={t('Main')}>
            <ul className="site-nav">
              <li>
                <NavLink to={paths.timeline()} end>
                  {t('Timeline')}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.map()}>{t('Map')}</NavLink>
              </li>
              <li>
                <NavLink to={paths.organisations()}>{t('Organisations')}</NavLink>
              </li>
              <li>
                <NavLink to={paths.sources()}>{t('Sources')}</NavLink>
              </li>
              <li>
                <NavLink to={paths.about()}>{t('About')}</NavLink>
              </li>
            </ul>
          </nav>
          <LanguageSwitch />
        </div>
        {navigation.state === 'loading' && <div className="progress" role="progressbar" aria-label={t('Loading page')} />}
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      {/*
        Back and Forward return to where the reader was on every page (each history entry keeps its own
        position); a new page starts at the top. Filter changes keep the position (preventScrollReset).
      */}
      <ScrollRestoration />
      <footer className="site-footer">
        <p>
          {t('Every record is extracted by hand from the articles listed under Sources and shows the verbatim quotes it rests on.')}{' '}
          <NavLink to={paths.sources()}>{t('See the sources.')}</NavLink>{' '}
          <NavLink to={paths.about()}>{t('How the atlas is made, and its limits')}</NavLink>
        </p>
      </footer>
    </>
  );
}

export function LoadingScreen() {
  const t = useT();
  return (
    <div className="loading" role="status">
      <p>{t('Loading the atlas…')}</p>
    </div>
  );
}
