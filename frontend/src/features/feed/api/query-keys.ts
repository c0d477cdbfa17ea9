import { feedsQueryRoot } from '@/lib/post-cache';
import type { FeedFilter } from './types';

/** Query keys of the feed feature, under the shared `feeds` root. */
export const feedKeys = {
  all: feedsQueryRoot,
  home: () => [...feedsQueryRoot, 'home'] as const,
  tagged: (filter: FeedFilter) => [...feedsQueryRoot, 'tagged', filter] as const,
};
