import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { setAccessToken } from '@/lib/auth-token';
import { currentMemberQueryKey } from '@/lib/session';

export type LogInInput = components['schemas']['LogInRequest'];

/** `POST /api/tokens`: stores the token and primes the signed-in member. */
export function useLogIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LogInInput) => unwrap(api.POST('/api/tokens', { body })),
    onSuccess: (session) => {
      queryClient.clear();
      queryClient.setQueryData(currentMemberQueryKey, session.member);
      setAccessToken(session.accessToken, session.expiresIn);
    },
  });
}
