import { Link } from 'react-router';
import { agreementStatusLabels, eventKindLabels, recordTypeLabels } from '../../domain/records/index.ts';
import { paths } from '../../domain/paths.ts';
import type { RelatedGroup } from '../../domain/dataset/index.ts';
import type { AgreementStatus, EventKind } from '../../domain/records/index.ts';
import type { TimelineRecord } from '../../domain/dataset/index.ts';
import { useDatasetStore } from '../../store/datasetStore.ts';
import { RecordDateText } from '../facts/index.ts';

function kindText(record: TimelineRecord): string {
  if (record.type === 'event') return eventKindLabels[record.kind as EventKind] ?? record.kind;
  if (record.type === 'agreement') return `Agreement · ${agreementStatusLabels[record.kind as AgreementStatus]}`;
  return recordTypeLabels[record.type];
}

/** Compact lists of related records, by how they are related. */
export function RelatedRecords({ groups }: { groups: readonly RelatedGroup[] }) {
  const organisationsById = useDatasetStore((s) => s.index?.organisationsById);
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">Related records</h2>
      {groups.length === 0 && <p className="muted">No related records in the atlas yet.</p>}
      {groups.map((group) => (
        <div key={group.key} className="related__group">
          <h3 className="related__heading">{group.heading}</h3>
          <ul className="related__list">
            {group.items.map(({ record, sharedOrganisations }) => (
              <li key={`${record.type}:${record.id}`} className={record.status === 'planned' ? 'related__item--planned' : undefined}>
                <Link to={paths.record(record.type, record.id)} className="related__title">
                  {record.title}
                </Link>
                <span className="related__meta">
                  {kindText(record)}
                  {record.status === 'planned' && record.type !== 'agreement' && ' · Planned'} · <RecordDateText date={record.date} />
                </span>
                {sharedOrganisations && sharedOrganisations.length > 0 && (
                  <span className="related__meta">
                    Shares: {sharedOrganisations.map((id) => organisationsById?.get(id)?.name ?? id).join(', ')}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
