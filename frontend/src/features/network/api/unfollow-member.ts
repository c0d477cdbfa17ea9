import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateGraph } from '@/lib/graph-cache';

/** `DELETE /api/me/following/{memberId}`: stop following; a connection stays connected. */
export function useUnfollowMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api/me/following/{memberId}', { params: { path: { memberId: id } } })),
    onSuccess: () => invalidateGraph(queryClient),
  });
}
