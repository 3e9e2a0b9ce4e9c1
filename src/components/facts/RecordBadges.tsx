import type { TimelineRecord } from '../../domain/dataset/index.ts';
import type { AgreementStatus, EventKind } from '../../domain/records/index.ts';
import { Badge } from '../ui/index.ts';
import { useVocabulary } from '../i18n/index.ts';

const strongAgreement = new Set<AgreementStatus>(['signed', 'memorandum']);

/** Type, kind and status: planned items and agreements' true strength are always visible. */
export function RecordBadges({ record }: { record: Pick<TimelineRecord, 'type' | 'kind' | 'status'> }) {
  const words = useVocabulary();
  return (
    <span className="badges">
      <Badge tone="accent">{words.recordType(record.type)}</Badge>
      {record.type === 'event' && <Badge>{words.eventKind(record.kind as EventKind) ?? record.kind}</Badge>}
      {record.type === 'agreement' ? (
        <Badge tone={strongAgreement.has(record.kind as AgreementStatus) ? 'strong' : 'weak'}>
          {words.agreementStatus(record.kind as AgreementStatus)}
        </Badge>
      ) : (
        record.status === 'planned' && <Badge tone="planned">{words.recordStatus('planned')}</Badge>
      )}
    </span>
  );
}
