import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { tagKeys } from './query-keys';

const PAGE_SIZE = 20;

/** `GET /api/tags/{tagId}/members`: the contacts under a tag, most recently tagged first. */
export function useTaggedMembers(tagId: number) {
  return useInfiniteQuery({
    queryKey: tagKeys.members(tagId),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/tags/{tagId}/members', {
          params: { path: { tagId }, query: { limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
