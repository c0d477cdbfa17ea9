import type { QueryClient } from '@tanstack/react-query';
import { invalidateGraph } from '@/lib/graph-cache';
import { inboxRootKey, introductionsRootKey, messagesRootKey, relationshipsRootKey } from '@/lib/live-cache';

/** After an introduction moved: introductions, the inbox, and (once accepted) the graph and conversations. */
export function invalidateIntroductions(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: introductionsRootKey }),
    queryClient.invalidateQueries({ queryKey: inboxRootKey }),
    queryClient.invalidateQueries({ queryKey: messagesRootKey }),
    queryClient.invalidateQueries({ queryKey: relationshipsRootKey }),
    invalidateGraph(queryClient),
  ]);
}
