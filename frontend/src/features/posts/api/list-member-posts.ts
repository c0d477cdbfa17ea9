import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { postKeys } from './query-keys';

const PAGE_SIZE = 10;

/** `GET /api/profiles/{handle}/posts`: a member's activity that I may see, newest first. */
export function useMemberPosts(handle: string) {
  return useInfiniteQuery({
    queryKey: postKeys.byMember(handle),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/profiles/{handle}/posts', {
          params: { path: { handle }, query: { limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
