import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { cursorParam, networkKeys, PAGE_SIZE } from './query-keys';

/** `GET /api/me/following`: members you follow, newest follow first, one cursor page at a time. */
export function useFollowing() {
  return useInfiniteQuery({
    queryKey: networkKeys.list('following'),
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/me/following', { params: { query: { limit: PAGE_SIZE, ...cursorParam(pageParam) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
