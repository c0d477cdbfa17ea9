import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { currentMemberQueryKey } from '@/lib/session';
import { onboardingKeys } from './query-keys';

export type ProfileBasics = components['schemas']['UpdateProfileRequest'];

/** `PATCH /api/me` from the guided start: headline, position, location, with an explicit `announce`. */
export function useSaveProfileBasics() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProfileBasics) => unwrap(api.PATCH('/api/me', { body })),
    onSuccess: async (me) => {
      queryClient.setQueryData(currentMemberQueryKey, me);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: onboardingKeys.progress }),
        queryClient.invalidateQueries({ queryKey: onboardingKeys.suggestions }),
      ]);
    },
  });
}
