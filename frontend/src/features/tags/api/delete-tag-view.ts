import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateTags } from './invalidate';

/** `DELETE /api/tag-views/{viewId}`: deletes a saved view. */
export function useDeleteTagView(viewId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/tag-views/{viewId}', { params: { path: { viewId } } })),
    onSuccess: () => invalidateTags(queryClient),
  });
}
