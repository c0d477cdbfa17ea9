import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateTags } from './invalidate';

/** `PUT /api/tags/{tagId}/members/{memberId}`: puts one contact under a tag. */
export function useAddTaggedMember(memberId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tagId: number) =>
      unwrap(api.PUT('/api/tags/{tagId}/members/{memberId}', { params: { path: { tagId, memberId } } })),
    onSuccess: () => invalidateTags(queryClient),
  });
}
