import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateNotes } from './invalidate';

/** `PATCH /api/notes/{noteId}`: change a note's text or date. */
export function useUpdateNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ noteId, ...body }: { noteId: number; text?: string; date?: string }) =>
      unwrap(api.PATCH('/api/notes/{noteId}', { params: { path: { noteId } }, body })),
    onSuccess: () => invalidateNotes(queryClient),
  });
}
