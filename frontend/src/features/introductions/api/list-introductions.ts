import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { introductionKeys } from './query-keys';
import type { IntroductionRole } from './types';

/** `GET /api/introductions`: introductions in one role, newest first; `pending` keeps those still open. */
export function useIntroductions(role: IntroductionRole, pending: boolean) {
  return useInfiniteQuery({
    queryKey: introductionKeys.list(role, pending),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/introductions', {
          params: { query: { role, limit: 20, ...(pending ? { pending: true } : {}), ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
