import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { INBOX_PAGE_SIZE, inboxKeys } from './query-keys';
import type { InboxKind } from './types';

/** `GET /api/inbox`: your one inbox, newest activity first, optionally one kind. */
export function useInbox(kind?: InboxKind) {
  return useInfiniteQuery({
    queryKey: inboxKeys.list(kind),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/inbox', {
          params: { query: { limit: INBOX_PAGE_SIZE, ...(kind ? { kind } : {}), ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
