import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { cursorParam, networkKeys, PAGE_SIZE } from './query-keys';

/** `GET /api/me/suggestions`: people you may know, most mutual connections first. */
export function useSuggestions() {
  return useInfiniteQuery({
    queryKey: networkKeys.suggestions,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/me/suggestions', { params: { query: { limit: PAGE_SIZE, ...cursorParam(pageParam) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
