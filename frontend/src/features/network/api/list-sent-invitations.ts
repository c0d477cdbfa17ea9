import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { cursorParam, networkKeys, PAGE_SIZE } from './query-keys';

/** `GET /api/invitations/sent`: your requests in every state, newest first. */
export function useSentInvitations() {
  return useInfiniteQuery({
    queryKey: networkKeys.sent,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/invitations/sent', { params: { query: { limit: PAGE_SIZE, ...cursorParam(pageParam) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
