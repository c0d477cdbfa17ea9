import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateTags } from './invalidate';

/** `DELETE /api/tags/{tagId}/members/{memberId}`: takes one contact out of a tag. */
export function useRemoveTaggedMember(memberId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tagId: number) =>
      unwrap(api.DELETE('/api/tags/{tagId}/members/{memberId}', { params: { path: { tagId, memberId } } })),
    onSuccess: () => invalidateTags(queryClient),
  });
}
