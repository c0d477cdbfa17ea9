import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateGraph } from '@/lib/graph-cache';

/** `DELETE /api/me/connections/{memberId}`: end a connection, silently; both stop following each other. */
export function useRemoveConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api/me/connections/{memberId}', { params: { path: { memberId: id } } })),
    onSuccess: () => invalidateGraph(queryClient),
  });
}
