import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { messageKeys } from './query-keys';

/** `GET /api/conversations/{conversationId}`: who it is with, whether you may write, what is unread. */
export function useConversation(conversationId: number) {
  return useQuery({
    queryKey: messageKeys.conversation(conversationId),
    queryFn: () => unwrap(api.GET('/api/conversations/{conversationId}', { params: { path: { conversationId } } })),
  });
}
