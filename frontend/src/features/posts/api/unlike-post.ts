import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { replaceCachedPost } from '@/lib/post-cache';

/** `POST /api/posts/{postId}/unlike`: idempotent; the answered post replaces the cached copies. */
export function useUnlikePost(postId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/posts/{postId}/unlike', { params: { path: { postId } } })),
    onSuccess: (post) => replaceCachedPost(queryClient, post),
  });
}
