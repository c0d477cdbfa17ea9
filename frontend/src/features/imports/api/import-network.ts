import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { importKeys } from './query-keys';
import type { NetworkImport } from './types';

/** `POST /api/me/network-imports` with the file as a `text/csv` body; the same file again is the same import. */
export function useImportNetwork() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File): Promise<NetworkImport> =>
      unwrap(
        api.POST('/api/me/network-imports', {
          params: { query: { fileName: file.name.slice(0, 255) || undefined } },
          // The contract types a binary body as a string; the browser sends the File's bytes as they are.
          body: file as unknown as string,
          bodySerializer: (body: unknown) => body as BodyInit,
          headers: { 'Content-Type': 'text/csv' },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importKeys.all }),
  });
}
