import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateTags } from './invalidate';

/** `POST /api/tags/{tagId}/members/remove`: takes several contacts out of a tag at once. */
export function useRemoveTaggedMembers(tagId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberIds: number[]) =>
      unwrap(api.POST('/api/tags/{tagId}/members/remove', { params: { path: { tagId } }, body: { memberIds } })),
    onSuccess: () => invalidateTags(queryClient),
  });
}
