import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { cursorParam, networkKeys, PAGE_SIZE, type ReceivedFilters } from './query-keys';

/** `GET /api/invitations/received`: pending requests sent to you, filtered by verdict, newest or most personal first. */
export function useReceivedInvitations(filters: ReceivedFilters) {
  return useInfiniteQuery({
    queryKey: networkKeys.received(filters),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/invitations/received', {
          params: {
            query: {
              limit: PAGE_SIZE,
              sort: filters.sort,
              ...(filters.verdict ? { verdict: filters.verdict } : {}),
              ...cursorParam(pageParam),
            },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
