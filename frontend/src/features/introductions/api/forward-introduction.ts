import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateIntroductions } from './invalidate';

/** `POST /api/introductions/{introductionId}/forward`: the broker passes it on with a note. */
export function useForwardIntroduction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ introductionId, note, includeMessage }: { introductionId: number; note: string; includeMessage: boolean }) =>
      unwrap(
        api.POST('/api/introductions/{introductionId}/forward', {
          params: { path: { introductionId } },
          body: { note, includeMessage },
        }),
      ),
    onSuccess: () => invalidateIntroductions(queryClient),
  });
}
