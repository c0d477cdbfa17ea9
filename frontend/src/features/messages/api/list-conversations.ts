import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { messageKeys } from './query-keys';

/** `GET /api/conversations?memberId=`: your conversation with one member, or null when you have none. */
export function useConversationWith(memberId: number, enabled = true) {
  return useQuery({
    queryKey: messageKeys.withMember(memberId),
    queryFn: () => unwrap(api.GET('/api/conversations', { params: { query: { memberId, limit: 1 } } })),
    select: (page) => page.items[0] ?? null,
    enabled,
  });
}
