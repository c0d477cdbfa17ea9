import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { cursorParam, networkKeys, PAGE_SIZE } from './query-keys';

/** `GET /api/me/followers`: members who follow you, newest first, one cursor page at a time. */
export function useFollowers() {
  return useInfiniteQuery({
    queryKey: networkKeys.list('followers'),
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/me/followers', { params: { query: { limit: PAGE_SIZE, ...cursorParam(pageParam) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
