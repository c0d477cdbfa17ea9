import type { FeedFilter } from '../api/types';
import { useHomeFeed } from '../api/get-home-feed';
import { useTagFeed } from '../api/get-tag-feed';

/** The home feed, or the feed narrowed by a tag filter; one query runs at a time. */
export function useFeed(filter: FeedFilter) {
  const home = useHomeFeed(filter.kind === 'all');
  const tagged = useTagFeed(filter);
  return filter.kind === 'all' ? home : tagged;
}
