import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateGraph } from '@/lib/graph-cache';
import { forgetInNotifications } from '@/lib/live-cache';

/** `PUT /api/me/blocks/{memberId}`: block a member, silently severing every tie both ways. */
export function useBlockMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.PUT('/api/me/blocks/{memberId}', { params: { path: { memberId: id } } })),
    // Their notifications leave my bell and list at once, not on the next reload.
    onSuccess: (_, id) => Promise.all([invalidateGraph(queryClient), forgetInNotifications(queryClient, id)]),
  });
}
