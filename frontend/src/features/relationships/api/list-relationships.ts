import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { relationshipKeys, type ReviewFilters } from './query-keys';

/** `GET /api/me/relationships`: your connections with how you met, last interaction, tags and strength. */
export function useRelationships(filters: ReviewFilters) {
  return useInfiniteQuery({
    queryKey: relationshipKeys.review(filters),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/me/relationships', {
          params: {
            query: {
              limit: 20,
              sort: filters.sort,
              ...(filters.tagId !== undefined ? { tagId: filters.tagId } : {}),
              ...(filters.kept && filters.kept !== 'HIDE' ? { kept: filters.kept } : {}),
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
