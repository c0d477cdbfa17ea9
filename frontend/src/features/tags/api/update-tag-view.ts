import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateTags } from './invalidate';
import type { TagViewInput } from './types';

/** `PUT /api/tag-views/{viewId}`: changes a saved view. */
export function useUpdateTagView(viewId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TagViewInput) =>
      unwrap(api.PUT('/api/tag-views/{viewId}', { params: { path: { viewId } }, body })),
    onSuccess: () => invalidateTags(queryClient),
  });
}
