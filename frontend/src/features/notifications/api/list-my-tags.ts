import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { notificationKeys } from './query-keys';

/** `GET /api/tags`: my tags, to choose which ones' career updates I am told about. */
export function useMyTags() {
  return useQuery({
    queryKey: [...notificationKeys.all, 'tags'] as const,
    queryFn: () => unwrap(api.GET('/api/tags')),
  });
}
