import { useInfiniteQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { onboardingKeys } from './query-keys';

export type FollowSuggestion = components['schemas']['FollowSuggestionResponse'];

/** `GET /api/me/follow-suggestions`: people to follow with why, best first (works without any graph yet). */
export function useFollowSuggestions() {
  return useInfiniteQuery({
    queryKey: onboardingKeys.suggestions,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/me/follow-suggestions', {
          params: { query: { limit: 10, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // Following someone must not reshuffle the list under the member's cursor.
    staleTime: Infinity,
  });
}
