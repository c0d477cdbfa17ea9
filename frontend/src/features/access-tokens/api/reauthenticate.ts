import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** `POST /api/me/reauthentication`: confirms the password, so this session may create access tokens for a while. */
export function useReauthenticate() {
  return useMutation({
    mutationFn: (password: string) => unwrap(api.POST('/api/me/reauthentication', { body: { password } })),
  });
}
