import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { noteKeys } from './query-keys';
import type { SearchResultKind } from './types';

/** `GET /api/me/search`: full-text search across your notes and messages, best match first. */
export function useSearchNotesAndMessages(q: string, kind?: SearchResultKind) {
  return useInfiniteQuery({
    queryKey: noteKeys.search(q, kind),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/me/search', {
          params: { query: { q, limit: 20, ...(kind ? { kind } : {}), ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    enabled: q.length > 0,
  });
}
