import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { tagKeys } from './query-keys';

/**
 * `GET /api/profiles?q=`: people to pick from when tagging in bulk. Only contacts (people you
 * follow or are connected to) can be tagged, so the matches are narrowed to those; search
 * tells for each match whether you follow or are connected to them.
 */
export function useMemberSearch(q: string) {
  return useQuery({
    queryKey: tagKeys.memberSearch(q),
    queryFn: () => unwrap(api.GET('/api/profiles', { params: { query: { q, limit: 50 } } })),
    select: (page) => page.items.filter((member) => member.following || member.connected),
    enabled: q.trim().length > 1,
  });
}
