import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { replaceCachedPost } from '@/lib/post-cache';

/** `POST /api/posts/{postId}/like`: idempotent; the answered post replaces the cached copies. */
export function useLikePost(postId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/posts/{postId}/like', { params: { path: { postId } } })),
    onSuccess: (post) => replaceCachedPost(queryClient, post),
  });
}
