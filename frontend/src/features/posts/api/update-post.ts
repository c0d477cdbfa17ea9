import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { replaceCachedPost } from '@/lib/post-cache';

type UpdatePostInput = components['schemas']['UpdatePostRequest'];

/** `PATCH /api/posts/{postId}`: edits one's own text post within the edit window. */
export function useUpdatePost(postId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePostInput) =>
      unwrap(api.PATCH('/api/posts/{postId}', { params: { path: { postId } }, body })),
    onSuccess: (post) => replaceCachedPost(queryClient, post),
  });
}
