import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateGraph } from '@/lib/graph-cache';

/** `PUT /api/me/following/{memberId}`: follow a member (idempotent). */
export function useFollowMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.PUT('/api/me/following/{memberId}', { params: { path: { memberId: id } } })),
    onSuccess: () => invalidateGraph(queryClient),
  });
}
