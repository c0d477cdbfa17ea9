import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { useSignedIn } from '@/lib/session';
import { notificationKeys } from './query-keys';

/** `GET /api/me/notifications/unread-count`: the bell's number (the live stream keeps it current). */
export function useUnreadNotificationCount() {
  const signedIn = useSignedIn();
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: () => unwrap(api.GET('/api/me/notifications/unread-count')),
    enabled: signedIn,
  });
}
