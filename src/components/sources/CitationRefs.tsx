import { Link } from 'react-router';
import { citingKindLabels, citingRecordKey, type CitingRecord } from '../../domain/sources/index.ts';
import { useLocalisePath, useT } from '../i18n/index.ts';

/**
 * The reference numbers after a highlighted passage, each a link to a record it supports.
 * The visible number is short; the link's name starts with it and says which record it is.
 */
export function CitationRefs({ records, numbers }: { records: readonly CitingRecord[]; numbers: ReadonlyMap<string, number> }) {
  const t = useT();
  const localise = useLocalisePath();
  return (
    <sup className="cite-refs">
      {[...records].sort((a, b) => (numbers.get(citingRecordKey(a)) ?? 0) - (numbers.get(citingRecordKey(b)) ?? 0)).map((record, i) => {
        const key = citingRecordKey(record);
        const label = t('{kind}: {title}', { kind: t(citingKindLabels[record.kind].one), title: record.title });
        const number = numbers.get(key) ?? '?';
        return (
          <span key={key}>
            {i > 0 && <span aria-hidden="true">,</span>}
            {record.href ? (
              <Link to={localise(record.href)} title={label} aria-label={`${number}: ${label}`} className="cite-refs__link">
                {number}
              </Link>
            ) : (
              <span title={label} className="cite-refs__plain">
                {number}
                <span className="visually-hidden">: {label}</span>
              </span>
            )}
          </span>
        );
      })}
    </sup>
  );
}
