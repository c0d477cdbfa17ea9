import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateTags } from './invalidate';

/** `POST /api/tags/{tagId}/members`: puts several contacts under a tag at once (all or none). */
export function useAddTaggedMembers(tagId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberIds: number[]) =>
      unwrap(api.POST('/api/tags/{tagId}/members', { params: { path: { tagId } }, body: { memberIds } })),
    onSuccess: () => invalidateTags(queryClient),
  });
}
