import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateAfterMessage } from './invalidate';

/** `POST /api/conversations`: write to a member, in the conversation you have or a new one. */
export function useStartConversation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { recipientId: number; text: string }) => unwrap(api.POST('/api/conversations', { body })),
    onSuccess: (conversation) => invalidateAfterMessage(queryClient, conversation.id),
  });
}
