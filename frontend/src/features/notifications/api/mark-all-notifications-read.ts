import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { notificationKeys } from './query-keys';

/** `POST /api/me/notifications/read`: every notification read. */
export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/me/notifications/read')),
    onSuccess: (data) => {
      queryClient.setQueryData(notificationKeys.unread, data);
      return queryClient.invalidateQueries({ queryKey: notificationKeys.list });
    },
  });
}
