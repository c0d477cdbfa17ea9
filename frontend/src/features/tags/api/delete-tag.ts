import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateTags } from './invalidate';

/** `DELETE /api/tags/{tagId}`: removes the tag from everyone and from saved views. */
export function useDeleteTag(tagId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/tags/{tagId}', { params: { path: { tagId } } })),
    onSuccess: () => invalidateTags(queryClient),
  });
}
