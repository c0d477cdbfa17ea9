import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateGraph } from '@/lib/graph-cache';
import { inboxRootKey } from '@/lib/live-cache';

/** `POST /api/invitations/{invitationId}/make-follower`: the sender follows you instead of connecting. */
export function useMakeFollower() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.POST('/api/invitations/{invitationId}/make-follower', { params: { path: { invitationId: id } } })),
    // The request leaves the inbox too, where it may have been decided.
    onSuccess: () => Promise.all([invalidateGraph(queryClient), queryClient.invalidateQueries({ queryKey: inboxRootKey })]),
  });
}
