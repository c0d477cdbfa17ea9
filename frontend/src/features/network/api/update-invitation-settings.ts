import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { networkKeys } from './query-keys';

export type UpdateInvitationSettingsInput = components['schemas']['UpdateInvitationSettingsRequest'];

/** `PUT /api/me/invitation-settings`: change your invitation policy and the auto-follower option. */
export function useUpdateInvitationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateInvitationSettingsInput) => unwrap(api.PUT('/api/me/invitation-settings', { body })),
    onSuccess: (settings) => queryClient.setQueryData(networkKeys.settings, settings),
  });
}
