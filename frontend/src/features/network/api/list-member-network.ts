import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { cursorParam, networkKeys, PAGE_SIZE, type MemberListKind } from './query-keys';

function fetchPage(handle: string, kind: MemberListKind, cursor: string | undefined) {
  const params = { path: { handle }, query: { limit: PAGE_SIZE, ...cursorParam(cursor) } };
  switch (kind) {
    case 'connections':
      return unwrap(api.GET('/api/profiles/{handle}/connections', { params }));
    case 'followers':
      return unwrap(api.GET('/api/profiles/{handle}/followers', { params }));
    case 'following':
      return unwrap(api.GET('/api/profiles/{handle}/following', { params }));
  }
}

/**
 * `GET /api/profiles/{handle}/connections`, `/followers` or `/following`: another member's list,
 * newest first, one cursor page at a time. A member who hides it answers 403 with the reason.
 */
export function useMemberNetwork(handle: string, kind: MemberListKind) {
  return useInfiniteQuery({
    queryKey: networkKeys.memberList(handle, kind),
    queryFn: ({ pageParam }) => fetchPage(handle, kind, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
