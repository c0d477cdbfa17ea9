import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateGraph } from '@/lib/graph-cache';

/** `DELETE /api/me/blocks/{memberId}`: lift a block; nothing it removed comes back. */
export function useUnblockMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api/me/blocks/{memberId}', { params: { path: { memberId: id } } })),
    onSuccess: () => invalidateGraph(queryClient),
  });
}
