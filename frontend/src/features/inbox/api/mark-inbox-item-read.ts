import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { conversationListRootKey } from '@/lib/live-cache';
import { inboxKeys } from './query-keys';

/** `POST /api/inbox/{itemId}/read`: one item read (a conversation up to its last message). */
export function useMarkInboxItemRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (itemId: number) => unwrap(api.POST('/api/inbox/{itemId}/read', { params: { path: { itemId } } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: inboxKeys.all }),
        queryClient.invalidateQueries({ queryKey: conversationListRootKey }),
      ]),
  });
}
