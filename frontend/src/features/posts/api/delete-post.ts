import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidatePostLists } from '@/lib/post-cache';

/** `DELETE /api/posts/{postId}`: deletes one's own post; every feed and post list is refetched. */
export function useDeletePost(postId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/posts/{postId}', { params: { path: { postId } } })),
    onSuccess: () => invalidatePostLists(queryClient),
  });
}
