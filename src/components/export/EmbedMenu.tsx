import { absolutePageUrl } from './downloadFile.ts';
import { CopyField } from './CopyField.tsx';
import { MenuDisclosure } from './MenuDisclosure.tsx';

/** The iframe snippet for an embed path; its title names what it shows, for screen readers on the host page. */
export function iframeSnippet(src: string, title: string): string {
  const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="560" loading="lazy" style="border: 1px solid #d0d5dd; border-radius: 8px;"></iframe>`;
}

/**
 * "Embed": a ready iframe snippet of this view's compact embed (no site chrome; its links open the
 * full atlas in a new tab), for a news page or an intranet.
 */
export function EmbedMenu({ embedPath, title, align = 'start' }: { embedPath: string; title: string; align?: 'start' | 'end' }) {
  return (
    <MenuDisclosure
      className="embed-menu"
      align={align}
      label={
        <>
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
            <path d="M5.5 4 1.5 8l4 4M10.5 4l4 4-4 4" />
          </svg>
          Embed
        </>
      }
    >
      <EmbedPanel embedPath={embedPath} title={title} />
    </MenuDisclosure>
  );
}

/** The panel's content: its own component so the absolute address is worked out only once it opens, in the browser. */
function EmbedPanel({ embedPath, title }: { embedPath: string; title: string }) {
  return (
    <>
      <p className="export-menu__intro">Show this view on another website: paste this HTML where it should appear. Links in it open the full atlas in a new tab.</p>
      <CopyField label="Embed code" value={iframeSnippet(absolutePageUrl(embedPath), title)} multiline copyLabel="Copy code" />
      <p className="export-menu__hint">
        <a href={absolutePageUrl(embedPath)} target="_blank" rel="noopener">
          Preview the embedded view
        </a>
      </p>
    </>
  );
}
