import { Link } from 'react-router';
import { paths } from '../../domain/paths.ts';
import { useDatasetStore } from '../../store/datasetStore.ts';

/** Link to an organisation by id, shown with its English name (and native name when asked). */
export function OrganisationLink({ id, showNative = false }: { id: string; showNative?: boolean }) {
  const org = useDatasetStore((s) => s.index?.organisationsById.get(id));
  if (!org) return <span>{id}</span>;
  // The first name in another language than the English display name, tagged with it.
  const [nativeLang, native] = Object.entries(org.names).find(([tag, name]) => tag !== 'en' && name !== org.name) ?? [];
  return (
    <Link to={paths.organisation(id)}>
      {org.name}
      {showNative && native && (
        <>
          {' '}
          <span className="native-name" lang={nativeLang}>
            {native}
          </span>
        </>
      )}
    </Link>
  );
}
