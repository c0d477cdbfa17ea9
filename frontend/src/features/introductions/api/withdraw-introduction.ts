import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateIntroductions } from './invalidate';

/** `POST /api/introductions/{introductionId}/withdraw`: the requester takes the request back. */
export function useWithdrawIntroduction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (introductionId: number) =>
      unwrap(api.POST('/api/introductions/{introductionId}/withdraw', { params: { path: { introductionId } } })),
    onSuccess: () => invalidateIntroductions(queryClient),
  });
}
