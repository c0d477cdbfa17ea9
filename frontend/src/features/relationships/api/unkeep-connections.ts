import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { relationshipsRootKey } from '@/lib/live-cache';

/** `POST /api/me/relationships/unkeep`: take back a keep; those connections are reviewed again. */
export function useUnkeepConnections() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberIds: number[]) => unwrap(api.POST('/api/me/relationships/unkeep', { body: { memberIds } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: relationshipsRootKey }),
  });
}
