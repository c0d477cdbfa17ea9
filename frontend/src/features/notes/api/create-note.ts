import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateNotes } from './invalidate';

/** `POST /api/members/{memberId}/notes`: a dated private note on a contact. */
export function useCreateNote(memberId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { text: string; date?: string }) =>
      unwrap(api.POST('/api/members/{memberId}/notes', { params: { path: { memberId } }, body })),
    onSuccess: () => invalidateNotes(queryClient),
  });
}
