import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { tagKeys } from './query-keys';

/** `GET /api/tag-views`: my saved tag views by name. */
export function useTagViews() {
  return useQuery({
    queryKey: tagKeys.views(),
    queryFn: () => unwrap(api.GET('/api/tag-views')),
    select: (list) => list.items,
  });
}
