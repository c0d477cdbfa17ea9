import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { tagKeys } from './query-keys';

/**
 * `GET /api/profiles?q=`: members to pick from when tagging in bulk. The contract has no list of
 * one's own contacts yet, so the picker searches everyone and the API refuses non-contacts.
 */
export function useMemberSearch(q: string) {
  return useQuery({
    queryKey: tagKeys.memberSearch(q),
    queryFn: () => unwrap(api.GET('/api/profiles', { params: { query: { q, limit: 10 } } })),
    select: (page) => page.items,
    enabled: q.trim().length > 1,
  });
}
