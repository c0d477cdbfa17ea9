import { useInfiniteQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { profileKeys } from './query-keys';

export type ProfileSearchResult = components['schemas']['ProfileSearchResult'];

const PAGE_SIZE = 20;

/** `GET /api/profiles?q=`: members matching every word of `q`, one cursor page at a time. */
export function useSearchProfiles(q: string) {
  return useInfiniteQuery({
    queryKey: profileKeys.search(q),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/profiles', {
          params: { query: { q, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    enabled: q.length > 0,
  });
}
