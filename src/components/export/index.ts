/**
 * Sharing, following and downloading: the export menu (its writers load when it opens), copy-link and share
 * buttons, the Follow menu (feed addresses) and the Embed menu (an iframe snippet). Other folders import from
 * this file only.
 */
export { CopyLinkButton } from './CopyLinkButton.tsx';
export { EmbedMenu } from './EmbedMenu.tsx';
export { ExportMenu } from './ExportMenu.tsx';
export { downloadFile } from './downloadFile.ts';
export { FollowMenu } from './FollowMenu.tsx';
