import { Link } from 'react-router';
import { paths } from '../domain/paths.ts';
import { useDatasetStore } from '../store/datasetStore.ts';

/** Link to an organisation by id, shown with its English name (and native name when asked). */
export function OrganisationLink({ id, showNative = false }: { id: string; showNative?: boolean }) {
  const org = useDatasetStore((s) => s.index?.organisationsById.get(id));
  if (!org) return <span>{id}</span>;
  const native = Object.values(org.names)[0];
  return (
    <Link to={paths.organisation(id)}>
      {org.name}
      {showNative && native && native !== org.name && <span className="native-name"> {native}</span>}
    </Link>
  );
}
