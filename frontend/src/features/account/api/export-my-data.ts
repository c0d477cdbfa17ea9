import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type DataExport = { file: Blob; fileName: string };

/** The file name the server proposes (`Content-Disposition`), or a dated default. */
function fileNameOf(response: Response): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '');
  return match?.[1] ?? `rapport-data-${new Date().toISOString().slice(0, 10)}.json`;
}

/** `GET /api/me/export`: everything Rapport holds about you, as the JSON file the server wrote. */
export function useExportMyData() {
  return useMutation({
    mutationFn: async (): Promise<DataExport> => {
      let fileName = '';
      const file = await unwrap(
        api.GET('/api/me/export', { parseAs: 'blob' }).then((result) => {
          fileName = fileNameOf(result.response);
          return result;
        }),
      );
      return { file: file as Blob, fileName };
    },
  });
}
