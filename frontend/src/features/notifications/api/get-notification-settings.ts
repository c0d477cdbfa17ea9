import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { notificationKeys } from './query-keys';

/** `GET /api/me/notification-settings`: which kinds are on, and the tags chosen for career updates. */
export function useNotificationSettings() {
  return useQuery({
    queryKey: notificationKeys.settings,
    queryFn: () => unwrap(api.GET('/api/me/notification-settings')),
  });
}
