import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { currentMemberQueryKey } from '@/lib/session';
import { profileKeys } from './query-keys';

/** `DELETE /api/me/positions/{positionId}`: removes one of one's positions. */
export function useDeletePosition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (positionId: number) =>
      unwrap(api.DELETE('/api/me/positions/{positionId}', { params: { path: { positionId } } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: currentMemberQueryKey }),
        queryClient.invalidateQueries({ queryKey: profileKeys.all }),
      ]),
  });
}
