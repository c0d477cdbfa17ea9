import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { invalidatePostLists } from '@/lib/post-cache';

type ReshareInput = components['schemas']['ResharePostRequest'];

/** `POST /api/posts/{postId}/reshare`: reshares a public post, with an optional comment. */
export function useResharePost(postId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReshareInput) =>
      unwrap(api.POST('/api/posts/{postId}/reshare', { params: { path: { postId } }, body })),
    onSuccess: () => invalidatePostLists(queryClient),
  });
}
