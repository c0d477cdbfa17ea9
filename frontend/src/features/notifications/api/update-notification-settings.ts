import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { notificationKeys } from './query-keys';
import type { UpdateNotificationSettings } from './types';

/** `PUT /api/me/notification-settings`: switch kinds on or off, choose the career-update tags. */
export function useUpdateNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateNotificationSettings) => unwrap(api.PUT('/api/me/notification-settings', { body })),
    onSuccess: (data) => queryClient.setQueryData(notificationKeys.settings, data),
  });
}
