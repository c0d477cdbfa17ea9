import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateRelationships } from './invalidate';

/** `POST /api/me/relationships/remove`: end connections quietly; neither follows the other any more. */
export function useRemoveConnections() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberIds: number[]) => unwrap(api.POST('/api/me/relationships/remove', { body: { memberIds } })),
    onSuccess: () => invalidateRelationships(queryClient),
  });
}
