import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import { uploadWithProgress, type UploadProgress } from '@/lib/upload';
import { importKeys } from './query-keys';

type ImportNetwork = paths['/api/me/network-imports']['post'];
/** The answer: 201 a new import, 200 the same file imported before (both the same schema). */
type ImportNetworkAnswer = ImportNetwork['responses'][200 | 201]['content']['application/json'];
type ImportNetworkQuery = NonNullable<ImportNetwork['parameters']['query']>;

type ImportInput = { file: File; onProgress: (progress: UploadProgress) => void };

/**
 * `POST /api/me/network-imports` with the file as a `text/csv` body; the same file again is the
 * same import. Sent with XMLHttpRequest, so the member sees the bytes go out (a 5 MB file on a
 * slow line takes a while), then "Matching…" while the server works.
 */
export function useImportNetwork() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, onProgress }: ImportInput): Promise<ImportNetworkAnswer> => {
      const query: ImportNetworkQuery = file.name ? { fileName: file.name.slice(0, 255) } : {};
      return uploadWithProgress<ImportNetworkAnswer>({
        url: `/api/me/network-imports${query.fileName ? `?${new URLSearchParams({ fileName: query.fileName }).toString()}` : ''}`,
        body: file,
        contentType: 'text/csv',
        onProgress,
      });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importKeys.all }),
  });
}
