import { Link } from 'react-router';
import { usePaths, useT } from '../i18n/index.ts';

export interface Suggestion {
  label: string;
  to: string;
}

/** A real not-found page: what was missing, close matches, and a way back. */
export function NotFoundMessage({ title, detail, suggestions = [] }: { title: string; detail: string; suggestions?: Suggestion[] }) {
  const paths = usePaths();
  const t = useT();
  return (
    <div className="not-found">
      <title>{t('{title} · Trade Mission Atlas', { title })}</title>
      <h1>{title}</h1>
      <p>{detail}</p>
      {suggestions.length > 0 && (
        <>
          <h2>{t('Did you mean')}</h2>
          <ul>
            {suggestions.map((s) => (
              <li key={s.to}>
                <Link to={s.to}>{s.label}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to={paths.timeline()}>{t('Back to the timeline')}</Link> · <Link to={paths.organisations()}>{t('All organisations')}</Link>
      </p>
    </div>
  );
}
