import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { tagKeys } from './query-keys';

/** `GET /api/tags`: all my tags by name, with how many contacts each covers. */
export function useTags() {
  return useQuery({
    queryKey: tagKeys.list(),
    queryFn: () => unwrap(api.GET('/api/tags')),
    select: (list) => list.items,
  });
}

/** `GET /api/tags?memberId=`: the tags I put on one member. */
export function useTagsOfMember(memberId: number, enabled = true) {
  return useQuery({
    queryKey: tagKeys.forMember(memberId),
    queryFn: () => unwrap(api.GET('/api/tags', { params: { query: { memberId } } })),
    select: (list) => list.items,
    enabled,
  });
}
