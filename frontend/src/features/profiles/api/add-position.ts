import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { currentMemberQueryKey } from '@/lib/session';
import { profileKeys } from './query-keys';

export type PositionInput = components['schemas']['PositionRequest'];
export type Position = components['schemas']['PositionResponse'];

/** `POST /api/me/positions`: adds a position to one's career history. */
export function useAddPosition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PositionInput) => unwrap(api.POST('/api/me/positions', { body })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: currentMemberQueryKey }),
        queryClient.invalidateQueries({ queryKey: profileKeys.all }),
      ]),
  });
}
