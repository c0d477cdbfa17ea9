import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { cursorParam, networkKeys, PAGE_SIZE } from './query-keys';

/** `GET /api/me/blocks`: members you blocked, newest block first. */
export function useBlocks() {
  return useInfiniteQuery({
    queryKey: networkKeys.blocks,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/me/blocks', { params: { query: { limit: PAGE_SIZE, ...cursorParam(pageParam) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
