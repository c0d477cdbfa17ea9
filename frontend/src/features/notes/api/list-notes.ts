import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { noteKeys } from './query-keys';

/** `GET /api/members/{memberId}/notes`: your private notes on a member, newest date first. */
export function useNotes(memberId: number) {
  return useInfiniteQuery({
    queryKey: noteKeys.forMember(memberId),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/members/{memberId}/notes', {
          params: { path: { memberId }, query: { limit: 10, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
