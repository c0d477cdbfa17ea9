import type { QueryClient } from '@tanstack/react-query';
import { feedsQueryRoot } from '@/lib/post-cache';
import { tagKeys } from './query-keys';

/** After any change to tags or who is under them: tag lists, counts, members and tag feeds. */
export async function invalidateTags(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: tagKeys.all }),
    queryClient.invalidateQueries({ queryKey: [...feedsQueryRoot, 'tagged'] }),
  ]);
}
