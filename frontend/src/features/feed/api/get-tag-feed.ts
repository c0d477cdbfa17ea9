import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { FEED_PAGE_SIZE } from './get-home-feed';
import { feedKeys } from './query-keys';
import type { FeedFilter } from './types';

/** `GET /api/feeds/tagged`: the posts of the contacts under a saved view or a tag. */
export function useTagFeed(filter: FeedFilter) {
  const selection =
    filter.kind === 'view' ? { viewId: filter.viewId } : filter.kind === 'tag' ? { tagId: [filter.tagId] } : {};
  return useInfiniteQuery({
    queryKey: feedKeys.tagged(filter),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/feeds/tagged', {
          params: { query: { ...selection, limit: FEED_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    enabled: filter.kind !== 'all',
  });
}
