import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateIntroductions } from './invalidate';

/** `POST /api/introductions`: ask a mutual connection to introduce you. */
export function useRequestIntroduction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { brokerId: number; targetId: number; message: string }) =>
      unwrap(api.POST('/api/introductions', { body })),
    onSuccess: () => invalidateIntroductions(queryClient),
  });
}
