import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { NOTIFICATION_PAGE_SIZE, notificationKeys } from './query-keys';

/** `GET /api/me/notifications`: my notifications, grouped, newest first (kept current by the live stream). */
export function useNotifications() {
  return useInfiniteQuery({
    queryKey: notificationKeys.list,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/me/notifications', {
          params: { query: { limit: NOTIFICATION_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
