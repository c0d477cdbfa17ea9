import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateGraph } from '@/lib/graph-cache';
import { inboxRootKey, messagesRootKey } from '@/lib/live-cache';

type AcceptInput = { invitationId: number; /** A personal reply that opens the conversation. */ message?: string };

/** `POST /api/invitations/{invitationId}/accept`: connect with the sender, optionally with a personal reply. */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ invitationId, message }: AcceptInput) =>
      unwrap(
        api.POST('/api/invitations/{invitationId}/accept', {
          params: { path: { invitationId } },
          // Always a JSON body (empty without a reply): the server refuses a bodiless POST here with 415.
          body: message ? { message } : {},
        }),
      ),
    onSuccess: () =>
      Promise.all([
        invalidateGraph(queryClient),
        queryClient.invalidateQueries({ queryKey: inboxRootKey }),
        queryClient.invalidateQueries({ queryKey: messagesRootKey }),
      ]),
  });
}
