import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { networkKeys } from './query-keys';

export type UpdatePrivacySettingsInput = components['schemas']['UpdatePrivacySettingsRequest'];

/** `PUT /api/me/privacy-settings`: choose who can see your connections, followers and following. */
export function useUpdatePrivacySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePrivacySettingsInput) => unwrap(api.PUT('/api/me/privacy-settings', { body })),
    onSuccess: (settings) => queryClient.setQueryData(networkKeys.privacy, settings),
  });
}
