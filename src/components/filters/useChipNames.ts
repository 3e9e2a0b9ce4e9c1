import type { ChipNames } from '../../domain/query/index.ts';
import { isFilterStatus, recordTypes, type RecordType } from '../../domain/records/index.ts';
import type { DatasetIndex } from '../../domain/dataset/index.ts';
import { useOrganisationName, useRecordText, useVocabulary } from '../i18n/index.ts';

/** How the active filter chips name each value, in the interface language (ids until the index has loaded). */
export function useChipNames(index: DatasetIndex | null): ChipNames {
  const words = useVocabulary();
  const recordText = useRecordText();
  const organisationName = useOrganisationName();
  return {
    sector: (id) => recordText('sectors', id, 'label', index?.sectorsById.get(id)?.label ?? id).text,
    organisation: (id) => {
      const organisation = index?.organisationsById.get(id);
      return organisation ? organisationName(organisation).text : id;
    },
    type: (type) => ((recordTypes as readonly string[]).includes(type) ? words.recordType(type as RecordType) : type),
    country: words.country,
    status: (status) => (isFilterStatus(status) ? words.filterStatus(status) : status),
    bound: words.partialDate,
  };
}
