import type { QueryClient } from '@tanstack/react-query';
import { notesRootKey, relationshipsRootKey } from '@/lib/live-cache';

/** After a note changed: notes, search results, and the contact panel and review that count them. */
export function invalidateNotes(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: notesRootKey }),
    queryClient.invalidateQueries({ queryKey: relationshipsRootKey }),
  ]);
}
