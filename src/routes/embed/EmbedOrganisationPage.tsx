import { useParams } from 'react-router';
import { useDatasetIndex } from '../../store/datasetStore.ts';
import { EmbedFrame, EmbedRecordList } from '../../components/embed/index.ts';
import { Localised, useOrganisationName, usePaths, useRecordText, useT, useVocabulary } from '../../components/i18n/index.ts';

/** /embed/organisations/:id: one organisation's records, compact. */
export function EmbedOrganisationPage() {
  const paths = usePaths();
  const t = useT();
  const words = useVocabulary();
  const nameOf = useOrganisationName();
  const text = useRecordText();
  const { id = '' } = useParams();
  const index = useDatasetIndex();
  // The route loader has already answered 404 for unknown ids.
  const organisation = index.organisationsById.get(id)!;
  const records = (index.recordsByOrganisation.get(id) ?? []).map((link) => link.record);
  const fullPath = paths.organisation(id);
  const name = nameOf(organisation).text;
  return (
    <EmbedFrame title={name} fullPath={fullPath} fullLabel={t('Open in the atlas')}>
      <title>{t('{title} · Trade Mission Atlas', { title: name })}</title>
      <p className="embed__summary">
        <span className="embed__meta">{words.organisationKind(organisation.kind)}</span>
        <Localised value={text('organisations', organisation.id, 'summary', organisation.summary)} />
      </p>
      <EmbedRecordList records={records} fullPath={fullPath} />
    </EmbedFrame>
  );
}
