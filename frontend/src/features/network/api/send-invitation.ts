import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { invalidateGraph } from '@/lib/graph-cache';

export type SendInvitationInput = components['schemas']['SendInvitationRequest'];

/** `POST /api/invitations`: send a connection request; its `status` says what came of it. */
export function useSendInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SendInvitationInput) => unwrap(api.POST('/api/invitations', { body })),
    onSuccess: () => invalidateGraph(queryClient),
  });
}
