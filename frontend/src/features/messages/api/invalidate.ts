import type { QueryClient } from '@tanstack/react-query';
import { conversationKey, conversationListRootKey, inboxRootKey, relationshipsRootKey } from '@/lib/live-cache';

/** After a message was written: the conversation, the lists that preview it, the inbox and contact panels. */
export function invalidateAfterMessage(queryClient: QueryClient, conversationId?: number) {
  return Promise.all([
    conversationId === undefined ? undefined : queryClient.invalidateQueries({ queryKey: conversationKey(conversationId) }),
    queryClient.invalidateQueries({ queryKey: conversationListRootKey }),
    queryClient.invalidateQueries({ queryKey: inboxRootKey }),
    queryClient.invalidateQueries({ queryKey: relationshipsRootKey }),
  ]);
}
