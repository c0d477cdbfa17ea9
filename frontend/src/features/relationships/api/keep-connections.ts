import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { relationshipsRootKey } from '@/lib/live-cache';

/** `POST /api/me/relationships/keep`: record that you keep these connections; the review then hides them. */
export function useKeepConnections() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberIds: number[]) => unwrap(api.POST('/api/me/relationships/keep', { body: { memberIds } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: relationshipsRootKey }),
  });
}
