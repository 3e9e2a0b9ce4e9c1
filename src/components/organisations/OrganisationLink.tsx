import { Link } from 'react-router';
import { useDatasetStore } from '../../store/datasetStore.ts';
import { Localised, useOrganisationName, usePaths } from '../i18n/index.ts';

/**
 * Link to an organisation by id, shown with its name in the interface language (in Chinese: the
 * sources' Chinese name in Simplified script, else our marked translation), and native name when asked.
 */
export function OrganisationLink({ id, showNative = false }: { id: string; showNative?: boolean }) {
  // The timeline's cards bring names only (organisationNames), not the organisations' records.
  const org = useDatasetStore((s) => s.index?.organisationsById.get(id) ?? s.organisationNames.get(id));
  const paths = usePaths();
  const nameOf = useOrganisationName();
  if (!org) return <span>{id}</span>;
  // The first name in another language than the English display name, tagged with it.
  const [nativeLang, native] = Object.entries(org.names).find(([tag, name]) => tag !== 'en' && name !== org.name) ?? [];
  return (
    <Link to={paths.organisation(id)}>
      <Localised value={nameOf(org)} />
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
