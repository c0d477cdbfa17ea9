import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateGraph } from '@/lib/graph-cache';
import { feedsQueryRoot } from '@/lib/post-cache';
import { importKeys } from './query-keys';
import type { FollowImportedResult } from './types';

type Input = { importId: number; rowIds?: number[]; tagName?: string; onProgress?: (done: number, left: number) => void };

/**
 * `POST /api/me/network-imports/{importId}/follow`, called again while matches remain (the server
 * takes 500 a call), so following a whole network shows progress and survives a dropped call:
 * the next run carries on where this one stopped.
 */
export function useFollowImportedMembers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ importId, rowIds, tagName, onProgress }: Input): Promise<FollowImportedResult> => {
      let total: FollowImportedResult | undefined;
      for (;;) {
        const result = await unwrap(
          api.POST('/api/me/network-imports/{importId}/follow', {
            params: { path: { importId } },
            body: { ...(rowIds ? { rowIds } : {}), ...(tagName ? { tagName } : {}) },
          }),
        );
        total = total
          ? {
              ...result,
              followed: total.followed + result.followed,
              alreadyFollowing: total.alreadyFollowing + result.alreadyFollowing,
              tagged: total.tagged + result.tagged,
            }
          : result;
        onProgress?.(total.followed + total.alreadyFollowing, result.remaining);
        const progressed = result.followed + result.alreadyFollowing > 0;
        if (rowIds || result.remaining === 0 || !progressed) return total;
      }
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: importKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['tags'] }),
        queryClient.invalidateQueries({ queryKey: feedsQueryRoot }),
        invalidateGraph(queryClient),
      ]),
  });
}
