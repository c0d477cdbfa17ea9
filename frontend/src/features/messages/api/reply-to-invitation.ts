import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateAfterMessage } from './invalidate';

/** `POST /api/invitations/{invitationId}/messages`: ask the sender something before deciding; the request stays pending. */
export function useReplyToInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ invitationId, text }: { invitationId: number; text: string }) =>
      unwrap(api.POST('/api/invitations/{invitationId}/messages', { params: { path: { invitationId } }, body: { text } })),
    onSuccess: (message) => invalidateAfterMessage(queryClient, message.conversationId),
  });
}
