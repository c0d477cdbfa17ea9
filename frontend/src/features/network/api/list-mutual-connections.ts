import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { cursorParam, networkKeys, PAGE_SIZE } from './query-keys';

/** `GET /api/profiles/{handle}/mutual-connections`: connections you share with a member, by name. */
export function useMutualConnections(handle: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: networkKeys.mutual(handle),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/profiles/{handle}/mutual-connections', {
          params: { path: { handle }, query: { limit: PAGE_SIZE, ...cursorParam(pageParam) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    enabled,
  });
}
