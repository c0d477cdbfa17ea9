import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { currentMemberQueryKey } from '@/lib/session';
import type { PositionInput } from './add-position';
import { profileKeys } from './query-keys';

/** `PUT /api/me/positions/{positionId}`: replaces one of one's positions. */
export function useUpdatePosition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ positionId, body }: { positionId: number; body: PositionInput }) =>
      unwrap(api.PUT('/api/me/positions/{positionId}', { params: { path: { positionId } }, body })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: currentMemberQueryKey }),
        queryClient.invalidateQueries({ queryKey: profileKeys.all }),
      ]),
  });
}
