import { publishedFeed, type FeedScope } from '../../domain/publish/feeds/index.ts';
import { useDatasetIndex } from '../../store/datasetStore.ts';
import { absolutePageUrl } from './downloadFile.ts';
import { CopyField } from './CopyField.tsx';
import { useT } from '../i18n/index.ts';

/**
 * The Follow menu's content, loaded when it first opens: the addresses of the published feeds for the
 * given scopes (the feed of all records when none of them has one), and what a feed reader is for.
 */
export function FollowPanel({ scopes, note }: { scopes: readonly FeedScope[]; note?: string }) {
  const t = useT();
  const index = useDatasetIndex();
  const found = scopes.map((scope) => publishedFeed(scope, index)).filter((feed) => feed !== null);
  const feeds = found.length > 0 ? found : [publishedFeed({ kind: 'all' }, index)!];
  return (
    <>
      <p className="export-menu__intro">
        {t('Paste an address below into a feed reader (such as Thunderbird, NetNewsWire, Feedly or Inoreader). The reader checks it for')}
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
