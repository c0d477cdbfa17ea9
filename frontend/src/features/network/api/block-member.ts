import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateGraph } from '@/lib/graph-cache';

/** `PUT /api/me/blocks/{memberId}`: block a member, silently severing every tie both ways. */
export function useBlockMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.PUT('/api/me/blocks/{memberId}', { params: { path: { memberId: id } } })),
    onSuccess: () => invalidateGraph(queryClient),
  });
}
