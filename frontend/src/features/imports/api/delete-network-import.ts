import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { importKeys } from './query-keys';

/** `DELETE /api/me/network-imports/{importId}`: the import and every person in it. */
export function useDeleteNetworkImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (importId: number) =>
      unwrap(api.DELETE('/api/me/network-imports/{importId}', { params: { path: { importId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importKeys.all }),
  });
}
