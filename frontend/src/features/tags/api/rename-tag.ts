import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateTags } from './invalidate';

/** `PATCH /api/tags/{tagId}`: renames a tag. */
export function useRenameTag(tagId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => unwrap(api.PATCH('/api/tags/{tagId}', { params: { path: { tagId } }, body: { name } })),
    onSuccess: () => invalidateTags(queryClient),
  });
}
