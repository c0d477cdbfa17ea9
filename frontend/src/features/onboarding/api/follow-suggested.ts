import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { feedsQueryRoot } from '@/lib/post-cache';
import { currentMemberQueryKey } from '@/lib/session';
import { onboardingKeys } from './query-keys';

/**
 * `PUT` / `DELETE /api/me/following/{memberId}` from the guided start. It refreshes the progress
 * and your counts but leaves the suggestion list as it is, so the row just followed stays in place.
 */
export function useFollowSuggested() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, follow }: { memberId: number; follow: boolean }) =>
      unwrap(
        follow
          ? api.PUT('/api/me/following/{memberId}', { params: { path: { memberId } } })
          : api.DELETE('/api/me/following/{memberId}', { params: { path: { memberId } } }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: onboardingKeys.progress }),
        queryClient.invalidateQueries({ queryKey: currentMemberQueryKey }),
        queryClient.invalidateQueries({ queryKey: feedsQueryRoot }),
      ]),
  });
}
