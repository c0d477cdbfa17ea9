import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { postKeys } from './query-keys';

const PAGE_SIZE = 10;

/** `GET /api/posts/{postId}/comments`: oldest first, one cursor page at a time; idle until `enabled`. */
export function useComments(postId: number, enabled = true) {
  return useInfiniteQuery({
    queryKey: postKeys.comments(postId),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/posts/{postId}/comments', {
          params: { path: { postId }, query: { limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    enabled,
  });
}
