import { absolutePageUrl } from './downloadFile.ts';
import { CopyField } from './CopyField.tsx';
import { useT } from '../i18n/index.ts';

/** The iframe snippet for an embed URL; its title names what it shows, for screen readers on the host page. */
export function iframeSnippet(src: string, title: string): string {
  const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="560" loading="lazy" style="border: 1px solid #d0d5dd; border-radius: 8px;"></iframe>`;
}

/** The Embed menu's content, loaded when it first opens (the absolute address needs the browser's location). */
export function EmbedPanel({ embedPath, title }: { embedPath: string; title: string }) {
  const t = useT();
  return (
    <>
      <p className="export-menu__intro">{t('Show this view on another website: paste this HTML where it should appear. Links in it open the full atlas in a new tab.')}</p>
      <CopyField label={t('Embed code')} value={iframeSnippet(absolutePageUrl(embedPath), title)} multiline copyLabel={t('Copy code')} />
      <p className="export-menu__hint">
        <a href={absolutePageUrl(embedPath)} target="_blank" rel="noopener">
          {t('Preview the embedded view')}
        </a>
      </p>
    </>
  );
}
