/**
 * Sharing and downloading: the export menu (its writers load when it opens), copy-link and share buttons.
 * Other folders import from this file only.
 */
export { CopyLinkButton } from './CopyLinkButton.tsx';
export { ExportMenu } from './ExportMenu.tsx';
export { downloadFile } from './downloadFile.ts';
