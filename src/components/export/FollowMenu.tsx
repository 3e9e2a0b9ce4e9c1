import { absolutePageUrl } from './downloadFile.ts';
import { CopyField } from './CopyField.tsx';
import { MenuDisclosure } from './MenuDisclosure.tsx';

export interface FollowFeed {
  title: string;
  /** Site path of the feed file ("/feeds/countries/fi.xml"). */
  path: string;
}

function FeedIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
      <path d="M3 3a10 10 0 0 1 10 10M3 7.5A5.5 5.5 0 0 1 8.5 13" />
      <circle cx="3.8" cy="12.2" r="1.1" fill="currentColor" stroke="none" />
    </svg>
  );
}

/**
 * "Follow": the addresses of the Atom feeds that match the page, and what a feed reader does with them.
 * Feeds are static files written at build time, so the addresses never carry a query.
 */
export function FollowMenu({ feeds, note, align = 'start' }: { feeds: readonly FollowFeed[]; note?: string; align?: 'start' | 'end' }) {
  if (feeds.length === 0) return null;
  return (
    <MenuDisclosure
      className="follow-menu"
      align={align}
      label={
        <>
          <FeedIcon />
          Follow
        </>
      }
    >
      <FollowPanel feeds={feeds} note={note} />
    </MenuDisclosure>
  );
}

/** The panel's content: its own component so the absolute addresses are worked out only once it opens, in the browser. */
function FollowPanel({ feeds, note }: { feeds: readonly FollowFeed[]; note?: string }) {
  return (
    <>
      <p className="export-menu__intro">
        Paste an address below into a feed reader (such as Thunderbird, NetNewsWire, Feedly or Inoreader). The reader checks it for
        you and shows records that are new or have changed, with no account here and no e-mail.
      </p>
      <ul className="follow-menu__feeds">
        {feeds.map((feed) => (
          <li key={feed.path}>
            <CopyField label={feed.title.replace(/^Trade Mission Atlas: /, 'Feed of ')} value={absolutePageUrl(feed.path)} copyLabel="Copy address" />
          </li>
        ))}
      </ul>
      {note && <p className="export-menu__hint">{note}</p>}
    </>
  );
}
