import { useEffect } from 'react';
import { NavLink, Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { paths, routePatterns } from '../domain/paths.ts';
import './RootLayout.css';

export function RootLayout() {
  const navigation = useNavigation();
  useEffect(() => {
    // The app now answers: end the prerendered page's loading state (main.tsx). data-hydrated
    // is also what the browser benchmark waits for.
    const html = document.documentElement;
    delete html.dataset.loading;
    html.dataset.hydrated = '';
  }, []);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to={paths.timeline()} className="brand">
            <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32">
              <rect width="32" height="32" rx="7" fill="currentColor" />
              <circle cx="16" cy="16" r="9" fill="none" stroke="var(--surface)" strokeWidth="2" />
              <path d="M7 16h18M16 7c-4 5-4 13 0 18M16 7c4 5 4 13 0 18" fill="none" stroke="var(--surface)" strokeWidth="1.6" />
            </svg>
            <span>Trade Mission Atlas</span>
          </NavLink>
          <nav aria-label="Main">
            <ul className="site-nav">
              <li>
                <NavLink to={paths.timeline()} end>
                  Timeline
                </NavLink>
              </li>
              <li>
                <NavLink to={routePatterns.map}>Map</NavLink>
              </li>
              <li>
                <NavLink to={routePatterns.organisations}>Organisations</NavLink>
              </li>
              <li>
                <NavLink to={routePatterns.sources}>Sources</NavLink>
              </li>
              <li>
                <NavLink to={routePatterns.about}>About</NavLink>
              </li>
            </ul>
          </nav>
        </div>
        {navigation.state === 'loading' && <div className="progress" role="progressbar" aria-label="Loading page" />}
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
          Every record is extracted by hand from the articles listed under <NavLink to={paths.sources()}>Sources</NavLink>{' '}
          and shows the verbatim quotes it rests on. <NavLink to={paths.about()}>How the atlas is made, and its limits</NavLink>.
        </p>
      </footer>
    </>
  );
}

export function LoadingScreen() {
  return (
    <div className="loading" role="status">
      <p>Loading the atlas…</p>
    </div>
  );
}
