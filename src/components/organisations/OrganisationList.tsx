import { OrganisationLink } from './OrganisationLink.tsx';
import { useT } from '../i18n/index.ts';

/** Organisations as a list of links, or a muted line when there are none. */
export function OrganisationList({ ids, empty }: { ids: readonly string[]; empty?: string }) {
  const t = useT();
  if (ids.length === 0) return <p className="muted">{empty ?? t('None named in the source.')}</p>;
  return (
    <ul className="org-list">
      {ids.map((id) => (
        <li key={id}>
          <OrganisationLink id={id} showNative />
        </li>
      ))}
    </ul>
  );
}
