import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateTags } from './invalidate';
import type { TagViewInput } from './types';

/** `POST /api/tag-views`: saves a combination of tags as a one-click feed. */
export function useCreateTagView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TagViewInput) => unwrap(api.POST('/api/tag-views', { body })),
    onSuccess: () => invalidateTags(queryClient),
  });
}
