import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateIntroductions } from './invalidate';

/** `POST /api/introductions/{introductionId}/decline`: the broker or the target says no, kindly. */
export function useDeclineIntroduction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (introductionId: number) =>
      unwrap(api.POST('/api/introductions/{introductionId}/decline', { params: { path: { introductionId } } })),
    onSuccess: () => invalidateIntroductions(queryClient),
  });
}
