import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { feedKeys } from './query-keys';

export const FEED_PAGE_SIZE = 20;

/** `GET /api/feeds/home`: own posts, connections and followed members, newest first. */
export function useHomeFeed(enabled = true) {
  return useInfiniteQuery({
    queryKey: feedKeys.home(),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/feeds/home', {
          params: { query: { limit: FEED_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    enabled,
  });
}
