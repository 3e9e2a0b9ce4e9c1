import { publishedFeed, type FeedScope } from '../../domain/publish/feeds/index.ts';
import type { DatasetIndex } from '../../domain/dataset/index.ts';
import { selectIndex, useDatasetStore, useWholeDataset } from '../../store/datasetStore.ts';
import { absolutePageUrl } from './downloadFile.ts';
import { CopyField } from './CopyField.tsx';
import { useOrganisationName, useRecordText, useT, useVocabulary } from '../i18n/index.ts';

/** What a feed follows, worded in the interface language (the feed files themselves are English). */
function useFeedLabel(index: DatasetIndex): (scope: FeedScope) => string {
  const t = useT();
  const vocabulary = useVocabulary();
  const organisationName = useOrganisationName();
  const recordText = useRecordText();
  return (scope) => {
    switch (scope.kind) {
      case 'all':
        return t('Feed of all records');
      case 'country':
        return t('Feed of records involving {subject}', { subject: vocabulary.country(scope.code) });
      case 'organisation': {
        const organisation = index.organisationsById.get(scope.id);
        return t('Feed of records involving {subject}', { subject: organisation ? organisationName(organisation).text : scope.id });
      }
      case 'sector': {
        const label = index.sectorsById.get(scope.id)?.label ?? scope.id;
        return t('Feed of records in the sector {sector}', { sector: recordText('sectors', scope.id, 'label', label).text });
      }
      case 'visits':
        return t('Feed of visits from {origin} to {host}', { origin: vocabulary.country(scope.origin), host: vocabulary.country(scope.host) });
    }
  };
}

/**
 * The Follow menu's content, loaded when it first opens: the addresses of the published feeds for the
 * given scopes (the feed of all records when none of them has one), and what a feed reader is for. With
 * `whole`, the page has not loaded the whole dataset (the timeline), and it is fetched first.
 */
export function FollowPanel({ scopes, note, whole = false }: { scopes: readonly FeedScope[]; note?: string; whole?: boolean }) {
  const t = useT();
  const loaded = useDatasetStore(selectIndex);
  // Which feeds exist depends on every record: a page with part of the data waits for all of it.
  const wholeIndex = useWholeDataset(whole);
  const index = whole ? wholeIndex : loaded;
  if (!index) return <p className="export-menu__intro">{t('Finding the feeds…')}</p>;
  return <FeedList index={index} scopes={scopes} note={note} />;
}

function FeedList({ index, scopes, note }: { index: DatasetIndex; scopes: readonly FeedScope[]; note?: string }) {
  const t = useT();
  const feedLabel = useFeedLabel(index);
  const found = scopes.flatMap((scope) => {
    const feed = publishedFeed(scope, index);
    return feed ? [{ scope, path: feed.path }] : [];
  });
  const feeds = found.length > 0 ? found : [{ scope: { kind: 'all' } as FeedScope, path: publishedFeed({ kind: 'all' }, index)!.path }];
  return (
    <>
      <p className="export-menu__intro">
        {t(
          'Paste an address below into a feed reader (such as Thunderbird, NetNewsWire, Feedly or Inoreader). The reader checks it for you and shows records that are new or have changed, with no account here and no e-mail.',
        )}
      </p>
      <ul className="follow-menu__feeds">
        {feeds.map((feed) => (
          <li key={feed.path}>
            <CopyField label={feedLabel(feed.scope)} value={absolutePageUrl(feed.path)} copyLabel={t('Copy address')} />
          </li>
        ))}
      </ul>
      {note && <p className="export-menu__hint">{note}</p>}
    </>
  );
}
