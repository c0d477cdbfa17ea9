import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { notificationKeys } from './query-keys';

/** `POST /api/me/notifications/{notificationId}/read`: one notification read. */
export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: number) =>
      unwrap(api.POST('/api/me/notifications/{notificationId}/read', { params: { path: { notificationId } } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: notificationKeys.list }),
        queryClient.invalidateQueries({ queryKey: notificationKeys.unread }),
      ]),
  });
}
