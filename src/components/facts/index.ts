/**
 * One fact of a record, shown the same way everywhere: badges, dates with their basis, places, sectors and
 * names in other languages. Uses ui. Other folders import from this file only.
 */
export { DateWithBasis } from './DateWithBasis.tsx';
export { NativeNames } from './NativeNames.tsx';
export { PlaceText } from './PlaceText.tsx';
export { RecordBadges } from './RecordBadges.tsx';
export { RecordDateText } from './RecordDateText.tsx';
export { SectorTags } from './SectorTags.tsx';
