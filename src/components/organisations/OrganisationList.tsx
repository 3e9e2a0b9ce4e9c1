import { OrganisationLink } from './OrganisationLink.tsx';

/** Organisations as a list of links, or a muted line when there are none. */
export function OrganisationList({ ids, empty = 'None named in the source.' }: { ids: readonly string[]; empty?: string }) {
  if (ids.length === 0) return <p className="muted">{empty}</p>;
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
