import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { updateCachedPost } from '@/lib/post-cache';
import { postKeys } from './query-keys';

/** `POST /api/posts/{postId}/comments`: refetches the comments and counts one more on the post. */
export function useAddComment(postId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) =>
      unwrap(api.POST('/api/posts/{postId}/comments', { params: { path: { postId } }, body: { text } })),
    onSuccess: async () => {
      updateCachedPost(queryClient, postId, (post) => ({ ...post, commentCount: post.commentCount + 1 }));
      await queryClient.invalidateQueries({ queryKey: postKeys.comments(postId) });
    },
  });
}
