import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateAfterMessage } from './invalidate';

/** `POST /api/conversations/{conversationId}/messages`: write in a conversation. */
export function useSendMessage(conversationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) =>
      unwrap(
        api.POST('/api/conversations/{conversationId}/messages', {
          params: { path: { conversationId } },
          body: { text },
        }),
      ),
    onSuccess: () => invalidateAfterMessage(queryClient, conversationId),
  });
}
