/**
 * Small shared pieces with no knowledge of a page: badges, selects, country labels, icons, the not-found
 * message, a viewport hook and components loaded on demand. Other folders import from this file only.
 */
export { Badge } from './Badge.tsx';
export { CountryLabel } from './CountryLabel.tsx';
export { DownloadIcon } from './DownloadIcon.tsx';
export { NotFoundMessage } from './NotFoundMessage.tsx';
export { SelectField } from './SelectField.tsx';
export { useMediaQuery } from './useMediaQuery.ts';
export { lazyComponent, loadLazyComponents, takeRenderedLazyModules } from './lazyComponent.tsx';
