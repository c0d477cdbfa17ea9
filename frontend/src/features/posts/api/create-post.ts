import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidatePostLists } from '@/lib/post-cache';
import type { CreatePostInput } from './types';

/** `POST /api/posts`: publishes a post; every feed and post list is refetched. */
export function useCreatePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePostInput) => unwrap(api.POST('/api/posts', { body })),
    onSuccess: () => invalidatePostLists(queryClient),
  });
}
