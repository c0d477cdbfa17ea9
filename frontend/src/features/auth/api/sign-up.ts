import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { setAccessToken } from '@/lib/auth-token';
import { currentMemberQueryKey } from '@/lib/session';

export type SignUpInput = components['schemas']['SignUpRequest'];

/** `POST /api/accounts`: creates the account and signs the new member in at once. */
export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignUpInput) => unwrap(api.POST('/api/accounts', { body })),
    onSuccess: (session) => {
      queryClient.clear();
      queryClient.setQueryData(currentMemberQueryKey, session.member);
      setAccessToken(session.accessToken, session.expiresIn);
    },
  });
}
