import { Link } from 'react-router';
import { paths } from '../../domain/paths.ts';
import { useDatasetStore } from '../../store/datasetStore.ts';

/** Sector tags, each a link to the timeline filtered to that sector. */
export function SectorTags({ ids }: { ids: readonly string[] }) {
  const sectorsById = useDatasetStore((s) => s.index?.sectorsById);
  if (ids.length === 0) return null;
  return (
    <ul className="tags">
      {ids.map((id) => (
        <li key={id}>
          <Link className="tag" to={paths.timeline({ sectors: [id] })}>
            {sectorsById?.get(id)?.label ?? id}
          </Link>
        </li>
      ))}
    </ul>
  );
}
