import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { currentMemberQueryKey } from '@/lib/session';
import { profileKeys } from './query-keys';

export type UpdateProfileInput = components['schemas']['UpdateProfileRequest'];

/** `PATCH /api/me`: changes the given profile fields; an empty string clears one. */
export function useUpdateMyProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProfileInput) => unwrap(api.PATCH('/api/me', { body })),
    onSuccess: async (me) => {
      queryClient.setQueryData(currentMemberQueryKey, me);
      await queryClient.invalidateQueries({ queryKey: profileKeys.all });
    },
  });
}
