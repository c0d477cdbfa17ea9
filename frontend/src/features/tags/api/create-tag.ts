import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateTags } from './invalidate';

/** `POST /api/tags`: creates a private tag (names unique regardless of case). */
export function useCreateTag() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => unwrap(api.POST('/api/tags', { body: { name } })),
    onSuccess: () => invalidateTags(queryClient),
  });
}
