import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { updateCachedPost } from '@/lib/post-cache';
import { postKeys } from './query-keys';

/** `DELETE /api/posts/{postId}/comments/{commentId}`: deletes one's own comment. */
export function useDeleteComment(postId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (commentId: number) =>
      unwrap(api.DELETE('/api/posts/{postId}/comments/{commentId}', { params: { path: { postId, commentId } } })),
    onSuccess: async () => {
      updateCachedPost(queryClient, postId, (post) => ({ ...post, commentCount: Math.max(0, post.commentCount - 1) }));
      await queryClient.invalidateQueries({ queryKey: postKeys.comments(postId) });
    },
  });
}
