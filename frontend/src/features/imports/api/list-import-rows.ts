import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { importKeys } from './query-keys';
import type { ImportRowStatus } from './types';

/** `GET /api/me/network-imports/{importId}/rows`: the people of an import in file order, with their matches. */
export function useImportRows(importId: number, status: ImportRowStatus) {
  return useInfiniteQuery({
    queryKey: importKeys.rows(importId, status),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/me/network-imports/{importId}/rows', {
          params: { path: { importId }, query: { status, limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
