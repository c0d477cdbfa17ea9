import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { MESSAGE_PAGE_SIZE, messageKeys } from './query-keys';

/** `GET /api/conversations/{conversationId}/messages`: the history, newest first, a cursor page at a time. */
export function useMessages(conversationId: number) {
  return useInfiniteQuery({
    queryKey: messageKeys.messages(conversationId),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/conversations/{conversationId}/messages', {
          params: {
            path: { conversationId },
            query: { limit: MESSAGE_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
