import { useParams } from 'react-router';
import { organisationKindLabels } from '../../domain/records/index.ts';
import { useDatasetIndex } from '../../store/datasetStore.ts';
import { EmbedFrame, EmbedRecordList } from '../../components/embed/index.ts';
import { usePaths } from '../../components/i18n/index.ts';

/** /embed/organisations/:id: one organisation's records, compact. */
export function EmbedOrganisationPage() {
  const paths = usePaths();
  const { id = '' } = useParams();
  const index = useDatasetIndex();
  // The route loader has already answered 404 for unknown ids.
  const organisation = index.organisationsById.get(id)!;
  const records = (index.recordsByOrganisation.get(id) ?? []).map((link) => link.record);
  const fullPath = paths.organisation(id);
  return (
    <EmbedFrame title={organisation.name} fullPath={fullPath} fullLabel="Open in the atlas">
      <title>{`${organisation.name} · Trade Mission Atlas`}</title>
      <p className="embed__summary">
        <span className="embed__meta">{organisationKindLabels[organisation.kind]}</span>
        {organisation.summary}
      </p>
      <EmbedRecordList records={records} fullPath={fullPath} />
    </EmbedFrame>
  );
}
