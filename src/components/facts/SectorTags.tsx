import { Link } from 'react-router';
import { useDatasetStore } from '../../store/datasetStore.ts';
import { useRecordText, usePaths } from '../i18n/index.ts';

/** Sector tags, each a link to the timeline filtered to that sector. */
export function SectorTags({ ids }: { ids: readonly string[] }) {
  const sectorsById = useDatasetStore((s) => s.index?.sectorsById);
  // On the timeline the sectors come from its page data, not from a loaded dataset.
  const sectorLabels = useDatasetStore((s) => s.sectorLabels);
  const paths = usePaths();
  const text = useRecordText();
  if (ids.length === 0) return null;
  return (
    <ul className="tags">
      {ids.map((id) => (
        <li key={id}>
          <Link className="tag" to={paths.timeline({ sectors: [id] })}>
            {text('sectors', id, 'label', sectorsById?.get(id)?.label ?? sectorLabels.get(id) ?? id).text}
          </Link>
        </li>
      ))}
    </ul>
  );
}
