import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateNotes } from './invalidate';

/** `DELETE /api/notes/{noteId}`: delete one of your notes. */
export function useDeleteNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (noteId: number) => unwrap(api.DELETE('/api/notes/{noteId}', { params: { path: { noteId } } })),
    onSuccess: () => invalidateNotes(queryClient),
  });
}
