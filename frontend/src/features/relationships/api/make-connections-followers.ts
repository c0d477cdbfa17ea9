import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateRelationships } from './invalidate';

/** `POST /api/me/relationships/make-follower`: end connections quietly; they keep following you. */
export function useMakeConnectionsFollowers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { memberIds: number[]; keepFollowing: boolean }) =>
      unwrap(api.POST('/api/me/relationships/make-follower', { body })),
    onSuccess: () => invalidateRelationships(queryClient),
  });
}
