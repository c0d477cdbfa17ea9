import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import type { FeedFilter, FeedItem } from '../api/types';
import { useFeed } from '../hooks/use-feed';
import { useInfiniteScroll } from '../hooks/use-infinite-scroll';

type FeedListProps = {
  filter: FeedFilter;
  /** Renders one entry (the posts feature's item, composed by the page). */
  renderItem: (item: FeedItem) => ReactNode;
  /** What to show when the feed has nothing in it. */
  empty: ReactNode;
};

/** The feed, newest first: loads the next page as the reader nears the end, or on "Load more". */
export function FeedList({ filter, renderItem, empty }: FeedListProps) {
  const feed = useFeed(filter);
  const canLoadMore = feed.hasNextPage && !feed.isFetchingNextPage && !feed.isFetchNextPageError;
  const sentinel = useInfiniteScroll(() => {
    if (canLoadMore) void feed.fetchNextPage();
  }, canLoadMore);

  if (feed.isPending) {
    return (
      <Card>
        <LoadingBlock label="Loading your feed…" />
      </Card>
    );
  }
  if (feed.isError && !feed.data) {
    return <ErrorBox title="Your feed could not be loaded" error={feed.error} onRetry={() => void feed.refetch()} />;
  }

  const items = feed.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <Card>{empty}</Card>;

  return (
    <section className="feed" aria-label="Feed" aria-busy={feed.isFetching || undefined}>
      {items.map((item) => (
        <div key={`${item.post.id}-${item.reason}`} className="feed__item">
          {renderItem(item)}
        </div>
      ))}
      {feed.isFetchNextPageError && (
        <ErrorBox title="More posts could not be loaded" error={feed.error} onRetry={() => void feed.fetchNextPage()} />
      )}
      {feed.hasNextPage ? (
        <div className="list-footer list-footer--bare" ref={sentinel}>
          <Button variant="secondary" onClick={() => void feed.fetchNextPage()} isLoading={feed.isFetchingNextPage}>
            Load more
          </Button>
        </div>
      ) : (
        <p className="feed__end muted">You are all caught up.</p>
      )}
    </section>
  );
}
