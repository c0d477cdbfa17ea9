import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { importKeys } from './query-keys';

/** `POST /api/me/network-imports/{importId}/rows/{rowId}/dismiss`: "not this person". */
export function useDismissImportMatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ importId, rowId }: { importId: number; rowId: number }) =>
      unwrap(
        api.POST('/api/me/network-imports/{importId}/rows/{rowId}/dismiss', { params: { path: { importId, rowId } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importKeys.all }),
  });
}
