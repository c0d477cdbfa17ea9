import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateGraph } from '@/lib/graph-cache';

/** `POST /api/invitations/{invitationId}/accept`: connect with the sender. */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.POST('/api/invitations/{invitationId}/accept', { params: { path: { invitationId: id } } })),
    onSuccess: () => invalidateGraph(queryClient),
  });
}
