import type { QueryClient } from '@tanstack/react-query';
import { invalidateGraph } from '@/lib/graph-cache';
import { relationshipsRootKey } from '@/lib/live-cache';

/** After connections ended: the review, its summary, contact panels and the whole graph. */
export function invalidateRelationships(queryClient: QueryClient) {
  return Promise.all([queryClient.invalidateQueries({ queryKey: relationshipsRootKey }), invalidateGraph(queryClient)]);
}
