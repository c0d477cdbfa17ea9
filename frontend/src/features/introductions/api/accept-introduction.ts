import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateIntroductions } from './invalidate';

/** `POST /api/introductions/{introductionId}/accept`: the target connects (or is followed); a conversation opens. */
export function useAcceptIntroduction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (introductionId: number) =>
      unwrap(api.POST('/api/introductions/{introductionId}/accept', { params: { path: { introductionId } } })),
    onSuccess: () => invalidateIntroductions(queryClient),
  });
}
