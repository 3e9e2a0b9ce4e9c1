import { agreementStatusLabels, eventKindLabels, recordStatusLabels, recordTypeLabels } from '../../domain/records/index.ts';
import type { TimelineRecord } from '../../domain/dataset/index.ts';
import type { AgreementStatus, EventKind } from '../../domain/records/index.ts';
import { Badge } from '../ui/index.ts';

const strongAgreement = new Set<AgreementStatus>(['signed', 'memorandum']);

/** Type, kind and status: planned items and agreements' true strength are always visible. */
export function RecordBadges({ record }: { record: TimelineRecord }) {
  return (
    <span className="badges">
      <Badge tone="accent">{recordTypeLabels[record.type]}</Badge>
      {record.type === 'event' && <Badge>{eventKindLabels[record.kind as EventKind] ?? record.kind}</Badge>}
      {record.type === 'agreement' ? (
        <Badge tone={strongAgreement.has(record.kind as AgreementStatus) ? 'strong' : 'weak'}>
          {agreementStatusLabels[record.kind as AgreementStatus]}
        </Badge>
      ) : (
        record.status === 'planned' && <Badge tone="planned">{recordStatusLabels.planned}</Badge>
      )}
    </span>
  );
}
