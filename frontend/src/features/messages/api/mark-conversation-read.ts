import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { conversationListRootKey, inboxRootKey, relationshipsRootKey } from '@/lib/live-cache';
import { messageKeys } from './query-keys';

/** `POST /api/conversations/{conversationId}/read`: move your read marker up to a message. */
export function useMarkConversationRead(conversationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (upToMessageId: number) =>
      unwrap(
        api.POST('/api/conversations/{conversationId}/read', {
          params: { path: { conversationId } },
          body: { upToMessageId },
        }),
      ),
    onSuccess: (conversation) => {
      queryClient.setQueryData(messageKeys.conversation(conversationId), conversation);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: inboxRootKey }),
        queryClient.invalidateQueries({ queryKey: conversationListRootKey }),
        queryClient.invalidateQueries({ queryKey: relationshipsRootKey }),
      ]);
    },
  });
}
