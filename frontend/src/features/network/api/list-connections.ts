import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { cursorParam, networkKeys, PAGE_SIZE } from './query-keys';

/** `GET /api/me/connections`: your connections, newest first, one cursor page at a time. */
export function useConnections() {
  return useInfiniteQuery({
    queryKey: networkKeys.list('connections'),
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/me/connections', { params: { query: { limit: PAGE_SIZE, ...cursorParam(pageParam) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
