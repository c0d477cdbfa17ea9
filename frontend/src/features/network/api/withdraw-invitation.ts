import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateGraph } from '@/lib/graph-cache';

/** `POST /api/invitations/{invitationId}/withdraw`: take back a pending request you sent. */
export function useWithdrawInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.POST('/api/invitations/{invitationId}/withdraw', { params: { path: { invitationId: id } } })),
    onSuccess: () => invalidateGraph(queryClient),
  });
}
