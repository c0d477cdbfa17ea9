import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { messagesRootKey } from '@/lib/live-cache';
import { inboxKeys } from './query-keys';
import type { InboxKind } from './types';

/** `POST /api/inbox/read`: every item read, of one kind or all. */
export function useMarkInboxRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (kind?: InboxKind) => unwrap(api.POST('/api/inbox/read', { body: kind ? { kind } : {} })),
    onSuccess: (counts) => {
      queryClient.setQueryData(inboxKeys.counts, counts);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: inboxKeys.all }),
        queryClient.invalidateQueries({ queryKey: messagesRootKey }),
      ]);
    },
  });
}
